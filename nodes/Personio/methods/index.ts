import * as employeeSearch from './listSearch/employees';
import * as personSearch from './listSearch/persons';
import * as projectSearch from './listSearch/projects';
import * as absenceTypes from './loadOptions/absenceTypes';
import * as documentCategories from './loadOptions/documentCategories';
import * as employeeAttributes from './loadOptions/employeeAttributes';

export const listSearch = { ...employeeSearch, ...personSearch, ...projectSearch };
export const loadOptions = {
	...employeeAttributes,
	...documentCategories,
	...absenceTypes,
};
