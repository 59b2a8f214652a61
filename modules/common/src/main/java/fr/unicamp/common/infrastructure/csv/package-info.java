/**
 * CSV files exchanged with universities and spreadsheets, the French way: {@code ;} separator,
 * UTF-8 with BOM out, UTF-8 or Windows-1252 in, no cell a spreadsheet would execute, and every bad
 * line reported with its number and reason. JDK only, no CDI: usable from any layer's adapters.
 */
package fr.unicamp.common.infrastructure.csv;
