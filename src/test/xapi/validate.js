// Checks xAPI statements against the xAPI 1.0.3 specification with Learning Locker's validator.
// Usage: node validate.js < statements.json (a JSON array of statements). Prints each problem; exits 1 if any.
const validate = require('@learninglocker/xapi-validation').default;
const statements = JSON.parse(require('fs').readFileSync(0, 'utf8'));
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems++;
    const expected = warning.typeName ? ` (expected ${warning.typeName})` : '';
    console.log(`statement ${index} ${statement.id}: ${warning.path.join('.')}: ${warning.name}${expected}`);
  }
});
console.log(`${statements.length} statements checked, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
