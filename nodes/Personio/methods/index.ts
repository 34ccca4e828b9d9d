import * as breadthListSearch from './breadthListSearch';
import * as breadthLoadOptions from './breadthLoadOptions';
import * as employeeListSearch from './listSearch';
import * as employeeLoadOptions from './loadOptions';
import * as projectListSearch from './projectListSearch';

export const listSearch = { ...employeeListSearch, ...breadthListSearch, ...projectListSearch };
export const loadOptions = { ...employeeLoadOptions, ...breadthLoadOptions };
