const fs = require('fs');
const os = require('os');
const path = require('path');

// n8n-core's InstanceSettings writes below the user folder: one temporary folder for the whole run.
module.exports = async () => {
	if (process.env.N8N_USER_FOLDER) return;
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'personio-jest-'));
	process.env.PERSONIO_JEST_TEMP = process.env.N8N_USER_FOLDER;
};
