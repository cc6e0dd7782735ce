// Every document kind registers itself when its module loads; code that handles any kind
// without going through the GraphQL schema (command-line tools) imports this.
import './handbook/chapter.kind.js';
import './flows/flow.kind.js';
import './scripts/script.kind.js';
import './standards/standard.kind.js';
