'use strict';
/* Rendering of recruiting records: v2 applications, candidates and jobs, and the careers XML feed. */

const { personioDateTime, isoZ } = require('./seed-dates');

const recruitingTime = (ms) => ({ 'date-time': isoZ(ms), timezone: 'Europe/Berlin' });

function v2Application(a) {
	return {
		id: a.id,
		candidate: { id: a.candidate_id },
		job: { id: String(a.job_id) },
		status: a.status,
		channel: a.channel,
		application_date: a.application_date,
		tags: a.tags || [],
		created_at: recruitingTime(a.created_at),
		updated_at: recruitingTime(a.updated_at),
	};
}
function v2Candidate(c) {
	return {
		id: c.id,
		first_name: c.first_name,
		last_name: c.last_name,
		email: c.email,
		phone: c.phone || null,
		location: c.location || null,
		created_at: recruitingTime(c.created_at),
		updated_at: recruitingTime(c.updated_at),
	};
}
function v2Job(j) {
	return {
		id: String(j.id),
		name: j.names.en || Object.values(j.names)[0],
		department: j.department,
		office: j.office,
		employment_type: j.employmentType.toUpperCase(),
		schedule: j.schedule.toUpperCase().replace('-', '_'),
		status: j.published ? 'PUBLISHED' : 'UNPUBLISHED',
		category: { id: j.category_id },
		created_at: recruitingTime(j.created_at),
		updated_at: recruitingTime(j.updated_at),
	};
}

// ------------------------------------------------------------ careers XML ----
function xmlEscape(s) {
	return String(s)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
function cdata(s) {
	return `<![CDATA[${String(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
function careersXml(jobs, language) {
	const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<workzag-jobs>'];
	for (const j of jobs) {
		const lang = j.languages.includes(language) ? language : j.languages[0];
		lines.push('  <position>');
		lines.push(`    <id>${j.id}</id>`);
		if (j.subcompany !== undefined)
			lines.push(`    <subcompany>${xmlEscape(j.subcompany)}</subcompany>`);
		lines.push(`    <office>${xmlEscape(j.office)}</office>`);
		lines.push(`    <department>${xmlEscape(j.department)}</department>`);
		lines.push(`    <recruitingCategory>${xmlEscape(j.recruitingCategory)}</recruitingCategory>`);
		lines.push(`    <name>${xmlEscape(j.names[lang])}</name>`);
		lines.push('    <jobDescriptions>');
		for (const d of j.descriptions[lang]) {
			lines.push('      <jobDescription>');
			lines.push(`        <name>${xmlEscape(d.name)}</name>`);
			lines.push(`        <value>${cdata(d.value)}</value>`);
			lines.push('      </jobDescription>');
		}
		lines.push('    </jobDescriptions>');
		lines.push(`    <employmentType>${j.employmentType}</employmentType>`);
		if (j.seniority) lines.push(`    <seniority>${j.seniority}</seniority>`);
		lines.push(`    <schedule>${j.schedule}</schedule>`);
		if (j.yearsOfExperience)
			lines.push(`    <yearsOfExperience>${j.yearsOfExperience}</yearsOfExperience>`);
		if (j.keywords) lines.push(`    <keywords>${xmlEscape(j.keywords)}</keywords>`);
		lines.push(`    <occupation>${j.occupation}</occupation>`);
		lines.push(`    <occupationCategory>${j.occupationCategory}</occupationCategory>`);
		lines.push(`    <createdAt>${personioDateTime(j.created_at)}</createdAt>`);
		lines.push('  </position>');
	}
	lines.push('</workzag-jobs>');
	return lines.join('\n') + '\n';
}

module.exports = { v2Application, v2Candidate, v2Job, careersXml };
