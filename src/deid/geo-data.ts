// Fixed geographic vocabulary: US states (not PHI under Safe Harbor, but they mark the city before
// them), street suffixes, and the three-digit ZIP prefixes Safe Harbor says must be removed whole.

export const US_STATES: ReadonlySet<string> = new Set(
  `al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada new hampshire new jersey new mexico new york
north carolina north dakota ohio oklahoma oregon pennsylvania rhode island south carolina south dakota
tennessee texas utah vermont virginia washington west virginia wisconsin wyoming`.split(/\s+/),
);

/** Full state names as written, multi-word ones whole ("new mexico"), for reading a state to its end. */
export const US_STATE_NAMES: readonly string[] = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|
idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|
montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|
pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|
wisconsin|wyoming|district of columbia|puerto rico`.split(/\|\s*/).map((s) => s.trim());

/** 3-digit ZIP prefixes covering 20,000 people or fewer (2000 census): Safe Harbor requires 000. */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set([
  '036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879',
  '884', '890', '893',
]);

export const STREET_SUFFIX =
  'street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|terrace|ter|place|pl|way|' +
  'circle|cir|parkway|pkwy|highway|hwy|trail|trl|square|sq|loop|alley|row|crescent|cres|close|' +
  'plaza|pike|turnpike|expressway|freeway|route|rte|point|ridge|run|path|walk|mews|grove|gardens|' +
  'heights|hill|hills|park|commons|crossing|xing|landing|estates';

/** Countries and nationality words, lower-case: kept (not Safe Harbor identifiers). */
export const COUNTRIES: ReadonlySet<string> = new Set(
  `afghanistan albania algeria argentina armenia australia austria bangladesh belgium bolivia bosnia
brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia
denmark ecuador egypt england eritrea ethiopia fiji finland france germany ghana greece guatemala
haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya korea kosovo kuwait laos latvia lebanon liberia libya lithuania luxembourg
madagascar malaysia mali malta mexico moldova mongolia morocco mozambique myanmar nepal netherlands
nicaragua niger nigeria norway pakistan palestine panama paraguay peru philippines poland portugal
qatar romania russia rwanda samoa scotland senegal serbia singapore slovakia slovenia somalia
spain sudan sweden switzerland syria taiwan tanzania thailand tonga tunisia turkey uganda ukraine
uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe america usa europe asia africa
afghan albanian algerian argentinian armenian australian austrian bangladeshi belgian bolivian
brazilian british bulgarian cambodian canadian chilean chinese colombian congolese cuban czech
danish dominican dutch ecuadorian egyptian english eritrean ethiopian filipino finnish french
german ghanaian greek guatemalan haitian honduran hungarian indian indonesian iranian iraqi irish
israeli italian jamaican japanese jordanian kenyan korean kurdish lebanese mexican moroccan
nepalese nicaraguan nigerian norwegian pakistani palestinian panamanian peruvian polish portuguese
puerto rican romanian russian salvadoran samoan scottish senegalese serbian somali spanish
sudanese swedish swiss syrian taiwanese thai tongan tunisian turkish ugandan ukrainian venezuelan
vietnamese welsh yemeni american african asian european latino latina hispanic`.split(/\s+/),
);
