/** Shapes every module's REST API shares: keyset pages and their cursors. */
package fr.unicamp.common.web;
