export { JWT_PATTERN, parseRunnerLog, type ParsedCommand, type ParsedLog } from '../../scripts/lib/runner-log.js';
