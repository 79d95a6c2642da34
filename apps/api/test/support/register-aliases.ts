// Imported first by the global setup: an import (unlike a statement) runs before the imports
// below it, so the @signoff/* aliases resolve in the modules they load.
require('../../../../jest.aliases').registerAliases();
