const fs = require('fs');

module.exports = async () => {
	const folder = process.env.PERSONIO_JEST_TEMP;
	if (folder) fs.rmSync(folder, { recursive: true, force: true });
};
