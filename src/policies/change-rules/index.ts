// The change rules (issue 12), in the order `pgwarden rules` lists them.
import type { ChangeRule } from '../change-rule.js';
import { backupRemoved } from './backup-removed.js';
import { clusterRemoved } from './cluster-removed.js';
import { immutableField } from './immutable-field.js';
import { majorUpgrade } from './major-upgrade.js';
import { storageClassChange } from './storage-class-change.js';
import { storageShrink } from './storage-shrink.js';

export const changeRules: readonly ChangeRule[] = [clusterRemoved, storageShrink, storageClassChange, majorUpgrade, immutableField, backupRemoved];
