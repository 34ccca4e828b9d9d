import * as breadthListSearch from './breadthListSearch';
import * as breadthLoadOptions from './breadthLoadOptions';
import * as employeeListSearch from './listSearch';
import * as employeeLoadOptions from './loadOptions';

export const listSearch = { ...employeeListSearch, ...breadthListSearch };
export const loadOptions = { ...employeeLoadOptions, ...breadthLoadOptions };
