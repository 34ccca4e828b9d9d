'use strict';
/* Fixed lists of Personio's API that routes check against: file types, webhook events, recruiting phases. */

const words = (s) => s.trim().split(/\s+/);

const SYSTEM_PHASES = ['unassigned', 'rejected', 'withdrawn', 'offer', 'accepted'];
const RECRUITING_EXTENSIONS = words(`
	pdf pptx xlsx docx doc xls ppt ods odt 7z gz rar zip bmp gif jpg png tif csv txt rtf mp4 3gp mov avi wmv`);
const DOCUMENT_EXTENSIONS = words(`
	pdf docx doc jpg zip png txt jpeg odt xlsx rtf htm xls p7s pptx pages rar ppt gif tif html msg asc tiff wps bmp
	7z csv ics vcf dotx numbers eps gz ods otf odp odg rtfd txz webarchive xml xps md fax`);
const MIME = {
	pdf: 'application/pdf',
	txt: 'text/plain',
	csv: 'text/csv',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	zip: 'application/zip',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	rtf: 'application/rtf',
	mp4: 'video/mp4',
};
const WEBHOOK_EVENTS = words(`
	person.created person.updated person.deleted
	employment.created employment.updated employment.updated.cost-centers employment.deleted
	employment.started employment.terminated
	absence-period.created absence-period.updated.status absence-period.updated.timerange absence-period.deleted
	attendance-period.created attendance-period.updated attendance-period.deleted
	document.created document.updated document.deleted document.signed`);
const RECORDED_HEADERS = [
	'x-personio-partner-id',
	'x-personio-app-id',
	'personio-partner-id',
	'personio-app-id',
	'beta',
];

module.exports = {
	SYSTEM_PHASES,
	RECRUITING_EXTENSIONS,
	DOCUMENT_EXTENSIONS,
	MIME,
	WEBHOOK_EVENTS,
	RECORDED_HEADERS,
};
