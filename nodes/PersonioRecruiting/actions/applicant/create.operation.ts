import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { personioRequest } from '../../../shared/transport';
import { InputValidator, isBlank } from '../../../shared/validation';
import { nameAndEmail, collectionOf } from '../../../shared/parameters';
import { compact } from '../../../shared/compact';
import { snakeCaseName } from '../../../shared/snakeCaseKeys';
import { jobLocator, jobPositionId } from '../descriptions';
import type { PreparedDocument } from './documents';
import { DOCUMENT_CATEGORIES, prepareDocument, uploadDocument } from './documents';
import {
	additionalFields,
	customAttributesField,
	documentsField,
	GENDERS,
	SYSTEM_PHASES,
	values,
} from './fields';
import { ENDPOINTS } from '../../../shared/endpoints';
import { nameAndEmailFields } from '../../../shared/descriptions';

const properties: INodeProperties[] = [
	...nameAndEmailFields,
	jobLocator(),
	additionalFields,
	customAttributesField,
	documentsField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['applicant'], operation: ['create'] } },
	properties,
);

function phaseOf(check: InputValidator, phase: IDataObject | undefined): IDataObject | undefined {
	const chosen = phase?.value as IDataObject | undefined;
	if (!chosen) return undefined;
	const type = check.oneOf('Additional Fields > Phase > Type', chosen.type ?? 'system', [
		'system',
		'custom',
	]);
	return type === 'system'
		? {
				type,
				id: check.oneOf(
					'Additional Fields > Phase > System Phase',
					chosen.systemId,
					values(SYSTEM_PHASES),
				),
			}
		: { type, id: check.integerId('Additional Fields > Phase > Custom Phase ID', chosen.customId) };
}

function tagsOf(value: unknown): string[] {
	const list = Array.isArray(value) ? value : isBlank(value) ? [] : String(value).split(',');
	return [...new Set(list.map((tag) => String(tag ?? '').trim()).filter((tag) => tag !== ''))];
}

/** The system attributes of the Additional Fields, then the custom attributes, as Personio's `attributes`. */
function attributesOf(
	check: InputValidator,
	fields: IDataObject,
	custom: IDataObject[],
): IDataObject[] {
	const birthday = check.optionalDate('Additional Fields > Birthday', fields.birthday);
	if (birthday) check.notInFuture('Additional Fields > Birthday', birthday);
	const system = compact({
		birthday,
		gender: isBlank(fields.gender)
			? undefined
			: check.oneOf('Additional Fields > Gender', fields.gender, values(GENDERS)),
		location: fields.location,
		phone: fields.phone,
		available_from: fields.availableFrom,
		salary_expectations: fields.salaryExpectations,
	});
	const attributes: IDataObject[] = Object.entries(system).map(([id, value]) => ({
		id,
		value: String(value).trim(),
	}));
	for (const entry of custom) {
		const raw = check.required('Custom Attributes > Attribute ID', entry.id);
		const match = /^(?:custom_attribute_)?(\d+)$/.exec(raw);
		if (!match)
			check.fail(
				'Custom Attributes > Attribute ID',
				'custom_attribute_<number> or just the number',
				raw,
			);
		const value = check.required(`Custom Attributes > Value (of ${raw})`, entry.value);
		attributes.push({ id: `custom_attribute_${match![1]}`, value });
	}
	return attributes;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const check = InputValidator.for(this, itemIndex);
	const fields = collectionOf.call(this, 'additionalFields', itemIndex);
	const customAttributes = this.getNodeParameter(
		'customAttributes.attribute',
		itemIndex,
		[],
	) as IDataObject[];
	const documents = this.getNodeParameter('documents.document', itemIndex, []) as IDataObject[];

	// Every check runs before the first upload, so a bad field never leaves orphaned files behind.
	const application: IDataObject = {
		...snakeCaseName(nameAndEmail.call(this, itemIndex)),
		job_position_id: jobPositionId.call(this, itemIndex),
	};
	if (!isBlank(fields.recruitingChannelId)) {
		application.recruiting_channel_id = check.integerId(
			'Additional Fields > Recruiting Channel ID',
			fields.recruitingChannelId,
		);
	}
	if (!isBlank(fields.externalPostingId)) {
		application.external_posting_id = check.maxLength(
			'Additional Fields > External Posting ID',
			String(fields.externalPostingId).trim(),
			255,
		);
	}
	if (!isBlank(fields.message)) application.message = String(fields.message);
	const applicationDate = check.optionalDate(
		'Additional Fields > Application Date',
		fields.applicationDate,
	);
	if (applicationDate) {
		check.notInFuture('Additional Fields > Application Date', applicationDate);
		application.application_date = applicationDate;
	}
	const phase = phaseOf(check, fields.phase as IDataObject | undefined);
	if (phase) application.phase = phase;
	const tags = tagsOf(fields.tags);
	if (tags.length) application.tags = tags;
	const attributes = attributesOf(check, fields, customAttributes);
	if (attributes.length) application.attributes = attributes;

	const prepared: Array<{ category: string; document: PreparedDocument }> = [];
	for (const [index, entry] of documents.entries()) {
		const field = `Documents > Document ${index + 1}`;
		const category = check.oneOf(
			`${field} > Category`,
			entry.category,
			values(DOCUMENT_CATEGORIES),
		);
		const document = await prepareDocument.call(
			this,
			itemIndex,
			`${field} > Input Binary Field`,
			entry.binaryPropertyName,
		);
		prepared.push({ category, document });
	}

	const files: IDataObject[] = [];
	for (const { category, document } of prepared) {
		const uploaded = await uploadDocument.call(this, itemIndex, document);
		files.push({
			uuid: uploaded.uuid,
			original_filename: (uploaded.original_filename as string | undefined) ?? document.fileName,
			category,
		});
	}
	if (files.length) application.files = files;

	// 201 with an empty body: the summary is what was sent. Never retried after it may have reached Personio.
	await personioRequest.call(this, {
		method: 'POST',
		path: ENDPOINTS.applications.path,
		body: application,
		credentialType: 'personioRecruitingApi',
		itemIndex,
	});
	return { created: true, ...application };
}
