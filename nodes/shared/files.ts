import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

/**
 * Files in and out of the nodes: the size of an input file without loading it, and the name of a
 * downloaded file made safe to use.
 */

/**
 * The size in bytes of an input item's file, from its metadata: `bytes` (set by n8n when it stored
 * the file), the binary data store's record, or the length of the inline base64 data. Undefined
 * when none of them is known; the caller then checks the buffer it reads.
 */
export async function inputFileSize(
	context: IExecuteFunctions,
	binary: IBinaryData,
): Promise<number | undefined> {
	if (typeof binary.bytes === 'number' && Number.isFinite(binary.bytes)) return binary.bytes;
	if (binary.id) {
		const metadata = await context.helpers.getBinaryMetadata(binary.id).catch(() => undefined);
		return typeof metadata?.fileSize === 'number' ? metadata.fileSize : undefined;
	}
	if (typeof binary.data !== 'string') return undefined;
	const data = binary.data.replace(/\s+$/, '');
	const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
	return Math.floor((data.length * 3) / 4) - padding;
}

/** Megabytes with one decimal, for messages. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// C0 and C1 controls, and the invisible Unicode marks: those that reorder text (a name can then show a
// false extension: U+061C, U+200E/F, U+202A-E, U+2066-9), zero-width ones (U+200B-D, U+2060-4, U+FEFF),
// the soft hyphen and the Mongolian vowel separator, and the interlinear annotation marks.
const UNSAFE_CHARACTERS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
// Characters Windows does not allow in a name; `:` would name an alternate data stream (`a.txt:evil`).
const WINDOWS_RESERVED = /[<>:"|?*]/g;
// Names Windows keeps for devices, with or without an extension (`nul.txt` is the device too).
const WINDOWS_DEVICE =
	/^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)(?:\.|$)/i;
const MAX_FILE_NAME_LENGTH = 255;

/**
 * A file name as a server sent it, made safe to save on Linux, macOS and Windows: its last path part,
 * without control characters or invisible marks, without leading dots (no hidden file) or trailing
 * dots and spaces (Windows drops them), with `_` for the characters Windows reserves, and a Windows
 * device name prefixed with `_`. Undefined when nothing usable is left.
 */
export function safeFileName(name: unknown): string | undefined {
	if (typeof name !== 'string') return undefined;
	const cleaned = name.replace(UNSAFE_CHARACTERS, '');
	let base = cleaned
		.slice(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1)
		.replace(WINDOWS_RESERVED, '_')
		.trim()
		.replace(/^[.\s]+/, '')
		.replace(/[.\s]+$/, '');
	if (base === '') return undefined;
	if (WINDOWS_DEVICE.test(base)) base = `_${base}`;
	if (base.length <= MAX_FILE_NAME_LENGTH) return base;
	// Keep the extension of a name that is too long.
	const dot = base.lastIndexOf('.');
	const extension = dot > 0 && base.length - dot <= 16 ? base.slice(dot) : '';
	return base.slice(0, MAX_FILE_NAME_LENGTH - extension.length) + extension;
}

/** The file name of a `Content-Disposition` header (`filename*=UTF-8''…` first), made safe. */
export function fileNameFromDisposition(disposition: unknown): string | undefined {
	const header = Array.isArray(disposition)
		? String(disposition[0])
		: typeof disposition === 'string'
			? disposition
			: '';
	const encoded = /filename\*\s*=\s*(?:[\w-]+'[^']*')?([^;]+)/i.exec(header);
	if (encoded) {
		try {
			const name = safeFileName(decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, '')));
			if (name) return name;
		} catch {
			// A broken encoding: the plain name below is used instead.
		}
	}
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]*))/i.exec(header);
	return plain ? safeFileName(plain[1] ?? plain[2]) : undefined;
}
