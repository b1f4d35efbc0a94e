/**
 * Reading uploaded CSV and XLSX exports, whatever tool wrote them: type, encoding and separator detection, row readers
 * that stream, column names matched across languages, and the dates such files hold. It knows nothing of what the rows
 * mean, so every feature that imports files (the customer survey, the people from HR) reads them through it.
 */
package fi.kohtaamo.platform.imports;
