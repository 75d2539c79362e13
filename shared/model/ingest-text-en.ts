/**
 * The ingest's messages in English (ingest-text.ts): the words stored as `reason` and `message`,
 * exactly as the ingest wrote them before they had keys. The UI's Japanese and Korean are in
 * renderer/src/i18n/ingest-ja.ts and ingest-ko.ts, with the same `{names}`.
 */
export const INGEST_EN = {
  verbatim: '{text}',
  list: '{a}, {b}',

  // a line or record refused
  'reject.inSheet': '{where} row {line}: {reason}',
  'reject.sheet': 'sheet "{sheet}"',
  'reject.followsDownloadError': 'follows the {error} at line {line}',
  'reject.unterminated': 'the file ends inside a quoted field (no closing quote)',
  'reject.malformedQuotes': 'malformed quotes: a quote inside a quoted field is not doubled',
  'reject.fieldCount': 'expected {expected} fields, found {found}',
  'reject.fieldTooLong': 'field {field} is longer than {mchars} M characters',
  'reject.noDate': 'no date in "{column}"',
  'reject.badDate': 'invalid date in "{column}": "{text}"',
  'reject.timeFormat': '{reason} (time format: {format})',
  'reject.notAnObject': 'a record must be a JSON object, not {kind}',
  'reject.sourceSays': '{source}: {reason}',
  'reject.noEvent': '{source}: the record holds no event',
  'reject.eventOf': 'event {n} of the record: {reason}',
  'reject.damagedRest': '{damage}; the rest: {reason}',
  'reject.unknownRecord': 'not a record of a known source (keys: {keys})',
  'reject.notJson': 'not valid JSON: {error}',
  'reject.lineInString': 'the line ends inside a string',
  'reject.cutRecord': 'the file ends inside this record (cut off?)',

  // a file (or archive entry) that failed, stopped or was left out
  'file.binary': 'binary content, not a text audit log (byte {byte})',
  'file.empty': 'the file is empty',
  'file.notAFile': 'not a file',
  'file.unknownZone': 'unknown time zone "{zone}"',
  'file.unknownEncoding': 'cannot decode "{encoding}"; choose utf-8, utf-16le, utf-16be, cp932 (Shift_JIS) or euc-kr',
  'file.gzipInGzip': 'gzip inside gzip; expand it once first',
  'file.zip': 'a ZIP archive; its entries are imported one by one (open the .zip itself, not a copy inside another file)',
  'file.tar': 'a tar archive, which is not read; extract it and import the files',
  'file.uploadStopped': 'the upload stopped after {at} of {size} bytes',
  'file.noSheet': 'no sheet has the header of a known audit log (sheets: {sheets})',
  'file.notALog': 'not a recognised audit log; header line {line} was: {header}',
  'file.notJsonLog': 'not a recognised audit log; the first {n} JSON records fit no known source (the first has keys {keys})',
  'file.notJsonLogFirst': 'not a recognised audit log; the first JSON record has keys {keys}',
  'file.needsMapping': 'the columns fit no known audit log; map them to import the file (header line {line}: {header})',
  'file.jsonNeedsMapping': 'the JSON records fit no known audit log; map their keys to import the file (keys: {keys})',
  'file.invalidBytes': "bytes that are not valid {encoding} near byte {byte} (line {line}); choose the file's encoding by hand",
  'file.lineTooLong': 'line {line} is longer than {mb} MB (a quoted field may never close); not an audit log, or a damaged file',
  'file.cannotRead': 'cannot read the file ({code})',
  'file.cancelled': 'cancelled',
  'file.cancelledBeforeStart': 'cancelled before it started',
  'file.replaced': 'rolled back; imported again',
  'file.replacedAs': 'rolled back; imported again as {encoding} (chosen by the user)',
  'file.replacedMapped': 'rolled back; imported again with the saved column mappings',
  'file.interrupted': 'interrupted: the window closed during the import; it was rolled back',
  'file.skipped': 'skipped: {why}',

  // a cap on what one input may make us read (main/ingest/limits.ts)
  'limit.at': '{where}: {reason}',
  'limit.expands': 'expands to more than {max}; refused as a possible ZIP bomb',
  'limit.ratio': 'compression ratio above {ratio}:1 ({out} from {kb} KB); refused as a possible ZIP bomb',
  'limit.declares': 'declares {size}, above the {max} limit per entry',
  'limit.entries': '{n} entries, more than the {max} allowed in one archive',
  'limit.totalSize': 'the entries expand to more than {max} in all; refused as a possible ZIP bomb',
  'limit.jsonRecord': 'the JSON record at line {line} is longer than {mb} MB',
  'limit.xlsxXml': 'the workbook expands to more than {max} of XML, more than can be read at once (save the sheets as CSV)',
  'limit.xlsxCell': 'row {row}: cell {cell} is longer than {mchars} M characters',
  'limit.xlsxFile': 'workbooks larger than {max} are not read (save the sheets as CSV)',

  // why an archive entry is left out by its name
  'skip.folder': 'folder',
  'skip.macosx': 'macOS resource data (__MACOSX), not a log',
  'skip.fork': 'macOS resource fork (._ file), not a log',
  'skip.metadata': 'folder metadata, not a log',
  'skip.encrypted': 'encrypted entry: extract it with its password first',
  'skip.empty': 'empty file',
  'skip.zipInZip': 'a ZIP inside the ZIP: extract it and import it on its own',
  'skip.notLog': 'not a log file (.{ext})',
  'skip.compression': 'compression method {method} is not supported (only stored and deflate)',

  // what an import read
  'done.events': '{n} events',
  'done.linesRejected': '{n} lines rejected',
  'done.rowsRejected': '{n} rows rejected',
  'done.headersSkipped': '{n} repeated header line(s) skipped (line {lines})',
  'done.sheetSkipped': 'sheet "{sheet}" skipped: no known header in its first {rows} rows',
  'done.rowsAboveHeader': 'sheet "{sheet}": {n} row(s) above the header skipped (rows {rows})',
  'partial.readBefore': '{why}; {n} events before it were read',
  'partial.brokeOff': 'the download broke off at line {line} ("{tail}")',
  'partial.gzipCut': 'the gzip data stops before its end (the file was cut off)',
} as const;

export type IngestKey = keyof typeof INGEST_EN;
