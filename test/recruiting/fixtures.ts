/** A careers feed shaped like Personio's: declaration, comments, CDATA HTML, entities, missing optional elements. */
export const FEED_EN = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Personio careers feed -->
<workzag-jobs>
  <position>
    <id>1001</id>
    <subcompany>ACME GmbH</subcompany>
    <office>Munich</office>
    <additionalOffices>
      <office>Berlin</office>
    </additionalOffices>
    <department>Engineering</department>
    <recruitingCategory>Tech &amp; Product</recruitingCategory>
    <name>Senior Backend Engineer (m/f/d)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Your mission</name>
        <value><![CDATA[ <p>Build our <strong>API</strong> &amp; keep it fast.</p><ul><li>Node.js</li><li>Postgres</li></ul> ]]></value>
      </jobDescription>
      <jobDescription>
        <name>Why ACME &#8211; and why now?</name>
        <value><![CDATA[<p>Because <a href="https://acme.example/?a=1&b=2">we</a> ship.</p>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>full-time</schedule>
    <yearsOfExperience>5-7</yearsOfExperience>
    <keywords>backend, node.js,typescript , ,API</keywords>
    <occupation>software_and_web_development</occupation>
    <occupationCategory>it_software</occupationCategory>
    <createdAt>2024-03-01T09:15:00+0100</createdAt>
  </position>
  <position>
    <id>1002</id>
    <subcompany></subcompany>
    <office>Berlin</office>
    <department>People &amp; Culture</department>
    <recruitingCategory>Various</recruitingCategory>
    <name>Working Student HR &#x2013; O&#39;Neil&apos;s team</name>
    <jobDescriptions>
      <jobDescription>
        <name>Tasks</name>
        <value><![CDATA[<p>Help with onboarding</p>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>intern</employmentType>
    <seniority>student</seniority>
    <schedule>part-time</schedule>
    <!-- no yearsOfExperience, keywords, occupation for this one -->
    <createdAt>2024-04-15T12:00:00+0200</createdAt>
  </position>
  <position>
    <id>1003</id>
    <office>Remote</office>
    <name>Freelance Designer</name>
    <employmentType>freelance</employmentType>
    <keywords>design,figma</keywords>
  </position>
</workzag-jobs>
`;

export const FEED_DE = `<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>
  <position>
    <id>1001</id>
    <office>München</office>
    <department>Entwicklung</department>
    <name>Senior Backend Engineer (m/w/d)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Deine Aufgaben</name>
        <value><![CDATA[<p>Du baust unsere <strong>API</strong> – schnell &amp; sicher.</p>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <keywords>Backend,Büro</keywords>
    <createdAt>2024-03-01T09:15:00+0100</createdAt>
  </position>
</workzag-jobs>
`;
