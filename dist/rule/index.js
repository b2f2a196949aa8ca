import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Id: () => (/* reexport */ RuleTester),
  Km: () => (/* reexport */ defineRule),
  sR: () => (/* reexport */ lintWith)
});

;// CONCATENATED MODULE: ./src/rules/api.ts
/** Declares a rule; the identity function, there for the types (and so every rule reads the same way). */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/core/rules/function.ts
function defineFunction(fn) {
    return fn;
}

;// CONCATENATED MODULE: ./src/core/rules/functions/generic.ts

/** Generic functions for JSONPath rules, with Spectral's names and meanings. */
function show(v) {
    const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
const truthy = defineFunction({
    name: 'truthy',
    options: {},
    run: (target) => (target ? [] : [{ message: 'must be set to a non-empty value' }]),
});
const falsy = defineFunction({
    name: 'falsy',
    options: {},
    run: (target) => (target ? [{ message: `must not be set (is ${show(target)})` }] : []),
});
const defined = defineFunction({
    name: 'defined',
    options: {},
    run: (target) => (target === undefined ? [{ message: 'must be present' }] : []),
});
const undefinedFn = defineFunction({
    name: 'undefined',
    options: {},
    run: (target) => (target !== undefined ? [{ message: 'must not be present' }] : []),
});
const pattern = defineFunction({
    name: 'pattern',
    options: {
        match: { type: 'regex', description: 'the value must match this regular expression' },
        notMatch: { type: 'regex', description: 'the value must not match this regular expression' },
    },
    validate: (o) => (o.match || o.notMatch ? undefined : 'give "match", "notMatch" or both'),
    run: (target, o) => {
        if (typeof target !== 'string' && typeof target !== 'number' && typeof target !== 'boolean')
            return [];
        const text = String(target);
        const out = [];
        if (o.match && !o.match.test(text))
            out.push({ message: `${show(target)} must match /${o.match.source}/` });
        if (o.notMatch && o.notMatch.test(text))
            out.push({ message: `${show(target)} must not match /${o.notMatch.source}/` });
        return out;
    },
});
const enumeration = defineFunction({
    name: 'enumeration',
    options: { values: { type: 'scalar[]', description: 'the allowed values', required: true } },
    run: (target, o) => {
        if (target === undefined)
            return [];
        return o.values.includes(target) ? [] : [{ message: `${show(target)} must be one of ${o.values.map(show).join(', ')}` }];
    },
});
const generic_length = defineFunction({
    name: 'length',
    options: {
        min: { type: 'number', description: 'smallest allowed length (strings, arrays, object keys) or value (numbers)' },
        max: { type: 'number', description: 'largest allowed length or value' },
    },
    validate: (o) => (o.min === undefined && o.max === undefined ? 'give "min", "max" or both' : undefined),
    run: (target, o) => {
        let n;
        if (typeof target === 'string' || Array.isArray(target))
            n = target.length;
        else if (typeof target === 'number')
            n = target;
        else if (typeof target === 'object' && target !== null)
            n = Object.keys(target).length;
        else
            return [];
        if (o.min !== undefined && n < o.min)
            return [{ message: `is ${n} long, shorter than ${o.min}` }];
        if (o.max !== undefined && n > o.max)
            return [{ message: `is ${n} long, longer than ${o.max}` }];
        return [];
    },
});
const GENERIC_FUNCTIONS = [truthy, falsy, defined, undefinedFn, pattern, enumeration, generic_length];

;// CONCATENATED MODULE: ./src/connect/flow-types.ts
/**
 * Amazon Connect flow types. The API's `Type` is not part of the flow's content: it sits in wrappers
 * (`{Name, Type, Content}`, describe-contact-flow's `ContactFlow.Type`, CloudFormation's `Type`), and the
 * designer hints at it in `Metadata.type` with camel-case names (32 corpus flows say "contactFlow").
 */
const FLOW_TYPES = [
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_HOLD',
    'CUSTOMER_WHISPER',
    'AGENT_HOLD',
    'AGENT_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
    'CAMPAIGN',
];
/** `Metadata.type` spelling → API type. */
const METADATA_TYPES = Object.freeze({
    contactFlow: 'CONTACT_FLOW',
    customerQueue: 'CUSTOMER_QUEUE',
    customerHold: 'CUSTOMER_HOLD',
    customerWhisper: 'CUSTOMER_WHISPER',
    agentHold: 'AGENT_HOLD',
    agentWhisper: 'AGENT_WHISPER',
    outboundWhisper: 'OUTBOUND_WHISPER',
    agentTransfer: 'AGENT_TRANSFER',
    queueTransfer: 'QUEUE_TRANSFER',
    campaign: 'CAMPAIGN',
});
/** The flow's type: the wrapper's word first (it is what the API was told), else the designer's hint. */
function resolveFlowType(wrapperType, metadataType) {
    if (wrapperType !== undefined)
        return wrapperType;
    if (typeof metadataType === 'string' && Object.hasOwn(METADATA_TYPES, metadataType))
        return METADATA_TYPES[metadataType];
    return undefined;
}
/**
 * The type of a flow module: not an API flow type (modules are a separate resource,
 * `AWS::Connect::ContactFlowModule`, `describe-contact-flow-module`), but how a FlowDocument says it holds one.
 */
const MODULE_FLOW_TYPE = 'MODULE';

;// CONCATENATED MODULE: ./src/connect/actions.ts
/**
 * The single table of Amazon Connect flow-language action types.
 *
 * Sources
 *  - Reference: "Actions in the Amazon Connect Flow language" and its per-action pages (APIReference /
 *    devguide: contact-actions, participant-actions, flow-control-actions, interactions; older copies in
 *    awsdocs/amazon-connect-admin-guide doc_source/*.md).
 *  - Corpus: every flow-language export in /work/shared/corpus (68 flows from the JSON files, including
 *    the ones wrapped as a string in `Content` / `ContactFlow.Content`). Where CloudFormation YAML adds
 *    evidence it is quoted separately as "+CFN" (21 more flows; 91 in all, some duplicated across commits).
 *    Counts below are "JSON corpus" unless marked otherwise.
 *
 * Where the reference and real exports disagree, real exports win and the comment says so.
 */

const NME = 'NoMatchingError';
/** The flow-language reference (APIReference) pages, by page name. */
const REF = (page) => `https://docs.aws.amazon.com/connect/latest/APIReference/${page}.html`;
/*
 * Flow-type groups used by `flowTypes`, named as the reference pages name them ("inbound/contact flows",
 * "transfer flows", "whisper flows", "hold flows", "customer queue flows"). MODULE (flow modules) is not named
 * by most pages: a module is invoked only from an inbound flow (admin guide "Flow modules": "You can use modules
 * in any flow that is type Inbound"), so an action allowed in inbound flows is listed as allowed in MODULE too,
 * unless the page or the corpus says otherwise. CAMPAIGN postdates the reference pages: an explicit list that
 * does not name it leaves CAMPAIGN unknown (see allowedInFlowType).
 */
const INBOUND = ['CONTACT_FLOW'];
const TRANSFER = ['AGENT_TRANSFER', 'QUEUE_TRANSFER'];
const CUSTOMER_QUEUE = ['CUSTOMER_QUEUE'];
const HOLD = ['CUSTOMER_HOLD', 'AGENT_HOLD'];
const WHISPER = ['CUSTOMER_WHISPER', 'AGENT_WHISPER', 'OUTBOUND_WHISPER'];
const MODULE = MODULE_FLOW_TYPE;
/** Flow types no reference "Restrictions" section covers: only an explicit mention or 'all' decides them. */
const UNCOVERED_FLOW_TYPES = new Set(['CAMPAIGN']);
const freezeParameters = (p) => Object.freeze({
    ...(p.required ? { required: Object.freeze([...p.required]) } : {}),
    ...(p.requiredUnless ? { requiredUnless: Object.freeze(Object.assign(Object.create(null), p.requiredUnless)) } : {}),
    ...(p.legacy ? { legacy: Object.freeze(Object.assign(Object.create(null), p.legacy)) } : {}),
    ...(p.optional ? { optional: Object.freeze([...p.optional]) } : {}),
    ...(p.shapes ? { shapes: Object.freeze(Object.assign(Object.create(null), p.shapes)) } : {}),
});
const spec = (s) => Object.freeze({
    ...s,
    ...(s.evidence
        ? { evidence: Object.freeze({ ...s.evidence, ...(s.evidence.exports ? { exports: Object.freeze([...s.evidence.exports]) } : {}) }) }
        : {}),
    errors: Object.freeze([...s.errors]),
    ...(s.optionalErrors ? { optionalErrors: Object.freeze([...s.optionalErrors]) } : {}),
    ...(s.parameters ? { parameters: freezeParameters(s.parameters) } : {}),
    ...(s.flowTypes !== undefined
        ? { flowTypes: s.flowTypes === 'all' ? 'all' : Object.freeze([...new Set(s.flowTypes)]) }
        : {}),
    ...(s.conditionalErrors
        ? {
            conditionalErrors: Object.freeze(s.conditionalErrors.map((c) => Object.freeze({
                type: c.type,
                ...(c.strict ? { strict: true } : {}),
                when: Object.freeze({
                    parameter: c.when.parameter,
                    equals: Object.freeze([...c.when.equals]),
                    ...(c.when.requires ? { requires: Object.freeze([...c.when.requires]) } : {}),
                }),
            }))),
        }
        : {}),
});
/*
 * Corpus measurements (JSON corpus: count / error types wired (times) / blocks with empty Transitions):
 *   UpdateContactAttributes 149 / NME 149 / 0          MessageParticipant 114 / NME 71 / 0
 *   DisconnectParticipant 92 / - / 92                   ShowView 51 / NMC 51, NME 51, TimeLimitExceeded 51 / 0
 *   Compare 49 / NMC 49 / 0                             UpdateFlowLoggingBehavior 38 / - / 0
 *   InvokeLambdaFunction 37 / NME 37 / 0                ConnectParticipantWithLexBot 35 / NMC 35, NME 35 / 0
 *   UpdateContactTargetQueue 33 / NME 33 / 0            Loop 31 / - / 0
 *   TransferContactToQueue 28 / QueueAtCapacity 28, NME 28 / 0
 *   InvokeFlowModule 24 / NME 24 / 0                    TransferToFlow 13 / NME 13 / 0
 *   UpdateContactEventHooks 13 / NME 13 / 0             EndFlowExecution 12 / - / 12
 *   UpdateContactRecordingBehavior 10 / - / 0           GetParticipantInput 8 / NME 8, NMC 7, InputTimeLimitExceeded 7, InvalidPhoneNumber 1 / 0
 *   GetCustomerProfile 7 / MultipleFoundError 7, NoneFoundError 7, NME 7 / 0
 *   UpdateContactData 7 / NME 7 / 0                     UpdateFlowAttributes 6 / NME 6 / 0
 *   CheckVoiceId 5 / NME 5 / 0                          CheckHoursOfOperation 4 / NME 4 / 0
 *   UpdateContactTextToSpeechVoice 4 / - / 0            MessageParticipantIteratively 4 / NME 2 / 2
 *   CreateCustomerProfile 4 / NME 4 / 0                 UpdateContactMediaStreamingBehavior 3 / NME 3 / 0
 *   EndFlowModuleExecution 3 / - / 3                    CreateTask 3 / NME 3 / 0
 *   StartVoiceIdStream 3 / NME 3 / 0                    UpdateCustomerProfile 3 / NME 3 / 0
 *   GetMetricData 3 / NME 3 / 0                         GetCase 2 / MultipleFound 2, NoneFound 2, NME 2, ContactNotLinked 1 / 0
 *   CreateCase 2 / NME 2, ContactNotLinked 1 / 0        CheckMetricData 1 / NME 1, NMC 1 / 0
 *   Wait 1 / NME 1 / 0                                  UpdateContactCallbackNumber 1 / InvalidCallbackNumber 1, CallbackNumberNotDialable 1 / 0
 *   CreateCallbackContact 1 / NME 1 / 0
 * CloudFormation-only types: TagContact 4 (NME 4), UpdateContactRoutingCriteria 4 (NME 4).
 * (NME = NoMatchingError, NMC = NoMatchingCondition.)
 */
const ACTIONS = Object.freeze(Object.assign(Object.create(null), {
    // ───────────────────────── Participant actions ─────────────────────────
    /** "Play prompt". Reference page lists NoMatchingError. Corpus: only 71 of 114 wire it (39 have
     *  `Errors: []`, 4 have no Errors key; +CFN: 29 of 49 wired). The design note's "193 of 262 have
     *  Errors: []" does not match this corpus — here most ARE wired — but 43 unwired blocks are still far
     *  too many to report by default, so the error is strict-only. */
    MessageParticipant: spec({
        evidence: { reference: REF('participant-actions-messageparticipant'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference (participant-actions-messageparticipant): PromptId | Text | SSML (at most one), Media.
        // Corpus: Text 155, SSML 26 of 181 blocks. A current console export (speed-dial consent module, block
        // error-msg) also writes SkipWhenDTMFBufferEnabled "false", which the reference does not list: exports win.
        parameters: {
            optional: ['Text', 'SSML', 'PromptId', 'Media', 'SkipWhenDTMFBufferEnabled'],
            shapes: { Text: 'string', SSML: 'string', PromptId: 'string', Media: 'object', SkipWhenDTMFBufferEnabled: 'boolean' },
        },
        // Reference: "contact flows, transfer flows, whisper flows, and customer queue flows. It is not supported in
        // hold flows." Modules: 4 corpus modules use it (module = inbound context).
        flowTypes: [...INBOUND, ...TRANSFER, ...WHISPER, ...CUSTOMER_QUEUE, MODULE],
        errors: [], optionalErrors: [NME],
    }),
    /** "Get customer input". Reference (participant-actions-getparticipantinput): NoMatchingError always;
     *  NoMatchingCondition only when StoreInput is False; InvalidPhoneNumber only when StoreInput is True
     *  and PhoneNumberValidation is given. The reference page does NOT list InputTimeLimitExceeded, but
     *  every StoreInput=False block in the corpus wires it (7 of 7; +CFN 30 of 30 overall) and no
     *  StoreInput=True block does (0 of 2): real exports win, so it is conditional like NoMatchingCondition. */
    GetParticipantInput: spec({
        evidence: { reference: REF('participant-actions-getparticipantinput'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference (participant-actions-getparticipantinput). InputTimeLimitSeconds carries no [Optional] marker
        // and is present in 32 of 32 corpus blocks; StoreInput "not defined or False" is optional (present 32 of 32).
        // Corpus also: Text 22, SSML 10, InputValidation 2, DTMFConfiguration 1.
        parameters: {
            required: ['InputTimeLimitSeconds'],
            optional: ['PromptId', 'Text', 'SSML', 'Media', 'StoreInput', 'InputValidation', 'InputEncryption', 'DTMFConfiguration'],
            shapes: {
                InputTimeLimitSeconds: 'number', StoreInput: 'boolean', Text: 'string', SSML: 'string', PromptId: 'string',
                Media: 'object', InputValidation: 'object', InputEncryption: 'object', DTMFConfiguration: 'object',
            },
        },
        // Reference: "contact flows, transfer flows, and customer queue flows but not in whisper flows or hold flows".
        // Corpus: used in 2 CUSTOMER_QUEUE flows and 3 modules (vmx3 x2, contact-surveys).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
        conditionalErrors: [
            { type: 'NoMatchingCondition', when: { parameter: 'StoreInput', equals: ['False'] } },
            { type: 'InputTimeLimitExceeded', when: { parameter: 'StoreInput', equals: ['False'] } },
            {
                type: 'InvalidPhoneNumber',
                when: { parameter: 'StoreInput', equals: ['True'], requires: ['InputValidation.PhoneNumberValidation'] },
            },
        ],
    }),
    /** Reference action syntax lists InputTimeLimitExceeded, NoMatchingError, NoMatchingCondition; corpus
     *  wires NoMatchingCondition 35/35 and NoMatchingError 35/35 but InputTimeLimitExceeded 0/35 (the
     *  designer only emits it for some Lex configurations): real exports win, so it is strict-only. */
    ConnectParticipantWithLexBot: spec({
        evidence: { reference: REF('participant-actions-connectparticipantwithlexbot'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineNLUInput.json",
            ] },
        // Reference: PromptId | Text | SSML, Media, LexV2Bot or LexBot (classic), LexSessionAttributes; the newer page adds
        // LexInitializationData and LexTimeoutSeconds. Corpus: LexV2Bot 34, LexBot 2, Text 23, SSML 12,
        // LexSessionAttributes 2, LexInitializationData 1 (of 36).
        parameters: {
            optional: [
                'PromptId', 'Text', 'SSML', 'Media', 'LexV2Bot', 'LexBot', 'LexSessionAttributes', 'LexInitializationData',
                'LexTimeoutSeconds',
            ],
            shapes: {
                Text: 'string', SSML: 'string', PromptId: 'string', Media: 'object', LexV2Bot: 'object', LexBot: 'object',
                LexSessionAttributes: 'object', LexInitializationData: 'object',
            },
        },
        // Reference: "only in contact flows, transfer flows, and customer queue flows. It is not available in whisper
        // flows or hold flows." Corpus: 1 module (contact-surveys) uses it.
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME],
        optionalErrors: ['InputTimeLimitExceeded'],
    }),
    /** "Disconnect / hang up": 92 of 92 corpus blocks have `Transitions: {}`. */
    DisconnectParticipant: spec({
        evidence: { reference: REF('participant-actions-disconnectparticipant'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: "No parameters are expected" (121 corpus blocks: all `{}`).
        parameters: {},
        // Reference: "contact flows, transfer flows, and customer queue flows". Corpus: 4 modules use it (vmx3 x2,
        // contact-surveys; plus 2 Terraform `aws_connect_contact_flow_module` heredocs whose type is not declared).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [], terminal: true,
    }),
    /** "Loop prompts" (queue/hold flows). Reference: NoMatchingError. Corpus: 2 of 4 have empty Transitions
     *  (loops until dequeued), the other 2 wire NoMatchingError and a MessagesInterrupted condition. */
    MessageParticipantIteratively: spec({
        evidence: { reference: REF('participant-actions-messageparticipantiteratively'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_customer_queue_AUTO.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference: Messages (list of {Text|PromptId|SSML|Media}), InterruptFrequencySeconds [Optional].
        // Corpus: Messages 6 of 6, InterruptFrequencySeconds 2, and ContinueMessagingDuringInterrupt "true" 2 (vmx3
        // customer queue flows) which the reference does not list: real exports win, it is known.
        parameters: {
            required: ['Messages'],
            optional: ['InterruptFrequencySeconds', 'ContinueMessagingDuringInterrupt'],
            shapes: { InterruptFrequencySeconds: 'number', ContinueMessagingDuringInterrupt: 'boolean' },
        },
        // Reference: "supported in Customer Queue, Customer Hold, and Agent Hold flows."
        flowTypes: [...CUSTOMER_QUEUE, ...HOLD],
        errors: [], optionalErrors: [NME], mayHaveNoNext: true,
    }),
    /** "Show view" (step-by-step guides). Reference page participant-actions-showview lists the three errors
     *  without marking any required; corpus wires all three
     *  error types on 51 of 51 blocks, so they are required. */
    ShowView: spec({
        evidence: { reference: REF('participant-actions-showview'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference (participant-actions-showview): ViewResource {Id, Version}, InvocationTimeLimitSeconds, ViewData,
        // SensitiveDataConfiguration. Corpus: ViewResource, InvocationTimeLimitSeconds and ViewData in 53 of 53.
        parameters: {
            required: ['ViewResource', 'InvocationTimeLimitSeconds'],
            optional: ['ViewData', 'SensitiveDataConfiguration'],
            shapes: { ViewResource: 'object', InvocationTimeLimitSeconds: 'number', ViewData: 'object', SensitiveDataConfiguration: 'object' },
        },
        // Reference Restrictions: "inbound flows and customer queue flows" (the admin guide block page lists inbound
        // only; the action page is taken). Corpus: CONTACT_FLOW only.
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME, 'TimeLimitExceeded'],
    }),
    /** "Transfer to phone number". Reference: CallFailed and ConnectionTimeLimitExceeded exist only when
     *  ContinueFlowExecution is True (the page says "not defined or True"; absent is not flagged here to avoid
     *  false positives); with False, success leaves the flow. Not in corpus; one console export checked
     *  (cresta/amazon-connect-pstn-transfer VA_PSTN_Transfer.json: ContinueFlowExecution "True", all three
     *  wired). Parameters (ThirdPartyPhoneNumber, ThirdPartyConnectionTimeLimitSeconds, ThirdPartyDTMFDigits,
     *  ContinueFlowExecution there) are not listed: one export is too few to say what is required. */
    TransferParticipantToThirdParty: spec({
        evidence: { reference: REF('participant-actions-transferparticipanttothirdparty'), exports: [
                "cresta/amazon-connect-pstn-transfer/VA_PSTN_Transfer.json",
            ] },
        errors: [NME],
        conditionalErrors: [
            { type: 'CallFailed', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
            { type: 'ConnectionTimeLimitExceeded', when: { parameter: 'ContinueFlowExecution', equals: ['True'] } },
        ],
        endsOnSuccess: true,
    }),
    // ───────────────────────── Contact actions ─────────────────────────
    /** "Set contact attributes": 149 of 149 wire NoMatchingError. No customer interaction, no external call. */
    UpdateContactAttributes: spec({
        evidence: { reference: REF('contact-actions-updatecontactattributes'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
            ] },
        // Reference: Attributes; TargetContact ("Current" | "Related") on the newer page. Corpus: Attributes 225 of 225,
        // TargetContact 50.
        parameters: { required: ['Attributes'], optional: ['TargetContact'], shapes: { Attributes: 'object', TargetContact: 'string' } },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME], setup: true,
    }),
    /** "Set working queue": 33 of 33 wire NoMatchingError. */
    UpdateContactTargetQueue: spec({
        evidence: { reference: REF('contact-actions-updatecontacttargetqueue'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: QueueId [Optional] | AgentId [Optional], never both. Corpus: QueueId 47, AgentId 7 (of 54).
        parameters: { optional: ['QueueId', 'AgentId'], shapes: { QueueId: 'string', AgentId: 'string' } },
        // Reference: "only in inbound contact flows and transfer flows. It is not supported in whisper flows, hold
        // flows, or customer queue flows."
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Transfer to queue": reference errors QueueAtCapacity, NoMatchingError (28 of 28 wire both).
     *  Success leaves the flow: all 28 export NextAction equal to an error target (+CFN 40 of 40). */
    TransferContactToQueue: spec({
        evidence: { reference: REF('contact-actions-transfercontacttoqueue'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: "No parameters are expected." Corpus: 25 `{}`, 15 without a Parameters key.
        parameters: {},
        // Reference: "supported in inbound contact flows and transfer flows. It is not supported in whisper flows,
        // customer queue flows, or hold flows." (In a customer queue flow the designer emits
        // DequeueContactAndTransferToQueue instead.) Modules run in an inbound flow's context, so they inherit it.
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: ['QueueAtCapacity', NME], endsOnSuccess: true,
    }),
    /** Customer-queue-flow variant of Transfer to queue; reference errors QueueAtCapacity, NoMatchingError. */
    DequeueContactAndTransferToQueue: spec({
        evidence: { reference: REF('contact-actions-dequeuecontactandtransfertoqueue') },
        // Reference: QueueId [Optional] | AgentId [Optional].
        parameters: { optional: ['QueueId', 'AgentId'], shapes: { QueueId: 'string', AgentId: 'string' } },
        // Reference: "only supported in the customer queue flow. It is not supported in any other type of flow."
        flowTypes: [...CUSTOMER_QUEUE],
        errors: ['QueueAtCapacity', NME],
        endsOnSuccess: true,
    }),
    /** Reference: "Ends the current flow", Errors: None. Exported with empty Transitions. */
    TransferContactToAgent: spec({
        evidence: { reference: REF('contact-actions-transfercontacttoagent') },
        // Reference: "No parameters are expected."
        parameters: {},
        // Reference: "supported in only transfer to agent and transfer to queue flows."
        flowTypes: [...TRANSFER],
        errors: [], terminal: true,
    }),
    /** "Set event hook": 13 of 13 wire NoMatchingError. */
    UpdateContactEventHooks: spec({
        evidence: { reference: REF('contact-actions-updatecontacteventhooks'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Inbound.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
            ] },
        // Reference: EventHooks (one entry). Corpus: EventHooks 25 of 25, plus EventHooksConfiguration
        // ({<hook>: {DisableExecution}}) in 10, which the reference does not document: real exports win, it is known.
        parameters: {
            required: ['EventHooks'],
            optional: ['EventHooksConfiguration'],
            shapes: { EventHooks: 'object', EventHooksConfiguration: 'object' },
        },
        // Reference: "supported in all types of flows" (the admin guide narrows per block, e.g. Set hold flow; the
        // action page is taken). Corpus: CONTACT_FLOW, QUEUE_TRANSFER, CUSTOMER_QUEUE and MODULE flows use it.
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Set recording and analytics behavior": 0 of 10 have an error branch (6 `Errors: []`, 4 no key). */
    UpdateContactRecordingBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactrecordingbehavior'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/imports/resources/flows/acme_outbound_flow1_AUTO.json",
            ] },
        // Reference: RecordingBehavior {RecordedParticipants, IVRRecordingBehavior}, AnalyticsBehavior. Corpus:
        // RecordingBehavior 18 of 18, AnalyticsBehavior 4.
        parameters: {
            required: ['RecordingBehavior'],
            optional: ['AnalyticsBehavior'],
            shapes: { RecordingBehavior: 'object', AnalyticsBehavior: 'object' },
        },
        // Reference: "only in contact flows, transfer flows, outbound whispers, and customer queue flows. This is not
        // supported in agent/customer whispers or hold flows." Corpus: OUTBOUND_WHISPER 3, CUSTOMER_QUEUE 2, MODULE 2.
        flowTypes: [...INBOUND, ...TRANSFER, 'OUTBOUND_WHISPER', ...CUSTOMER_QUEUE, MODULE],
        errors: [], setup: true,
    }),
    /** Newer "Set recording and analytics behavior" block. One console export checked (speed-dial consent module,
     *  4 blocks): VoiceBehavior / ChatBehavior parameters, and every block wires NoMatchingError and
     *  ChannelMismatch (the chat ones also InFlightRedactionConfigurationFailed). One repository is not enough to
     *  demand them of every flow: strict-only. */
    UpdateContactRecordingAndAnalyticsBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactrecordingandanalyticsbehavior'), exports: [
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        parameters: { optional: ['VoiceBehavior', 'ChatBehavior'], shapes: { VoiceBehavior: 'object', ChatBehavior: 'object' } },
        errors: [], optionalErrors: [NME, 'ChannelMismatch'], setup: true,
    }),
    /** "Set voice": 0 of 4 corpus blocks have an error branch (`Errors: []`), and the older reference page
     *  says "Errors: None"; the current page adds NoMatchingError "Must always be defined". Exports the
     *  service accepted win: the branch is wanted only under `strict`. */
    UpdateContactTextToSpeechVoice: spec({
        evidence: { reference: REF('contact-actions-updatecontacttexttospeechvoice'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
            ] },
        // Reference: TextToSpeechVoice, TextToSpeechEngine, TextToSpeechStyle, none marked required. Corpus: Voice 6 of 6,
        // Engine 1, Style 1.
        parameters: {
            optional: ['TextToSpeechVoice', 'TextToSpeechEngine', 'TextToSpeechStyle'],
            shapes: { TextToSpeechVoice: 'string', TextToSpeechEngine: 'string', TextToSpeechStyle: 'string' },
        },
        // Reference: "supported in all flow types, and across all channels."
        flowTypes: 'all',
        errors: [], optionalErrors: [NME], setup: true,
    }),
    /** "Set callback number": reference + corpus (1 of 1) wire InvalidCallbackNumber and CallbackNumberNotDialable.
     *  The corpus block has no NoMatchingError, so it is not required. */
    UpdateContactCallbackNumber: spec({
        evidence: { reference: REF('contact-actions-updatecontactcallbacknumber'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow_module.GTS-Dynamic-Callback)",
            ] },
        // Reference: CallbackNumber, "a single, valid JSONPath reference" (1 of 1: "$.StoredCustomerInput").
        parameters: { required: ['CallbackNumber'], shapes: { CallbackNumber: 'string' } },
        // Reference: "only in contact flows, transfer flows, and customer queue flows. This is not supported in
        // whispers or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['InvalidCallbackNumber', 'CallbackNumberNotDialable'],
    }),
    /** "Start/stop media streaming": 3 of 3 wire NoMatchingError. */
    UpdateContactMediaStreamingBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactmediastreamingbehavior'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWSSCVAgentWhisperWithStreaming.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Inbound_Flow_with_Transcription.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Outbound_Flow_with_Transcription.json",
            ] },
        // Reference: MediaStreamingState, Participants, MediaStreamType (5 of 5 carry all three).
        parameters: {
            required: ['MediaStreamingState'],
            optional: ['Participants', 'MediaStreamType'],
            shapes: { MediaStreamingState: 'string', MediaStreamType: 'string' },
        },
        // Reference: "contact flows, customer queue flows, transfer flows, and whisper flows. It is not supported in
        // hold flows." Corpus: AGENT_WHISPER 1, OUTBOUND_WHISPER 1.
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...TRANSFER, ...WHISPER, MODULE],
        errors: [NME],
    }),
    /** "Set Voice ID" / contact data: 7 of 7 wire NoMatchingError. */
    UpdateContactData: spec({
        evidence: { reference: REF('contact-actions-updatecontactdata'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/Cards/SBSGuides_Example_Cards_Handler.json",
            ] },
        // Reference (contact-actions-updatecontactdata): every field [Optional] (TargetContact marked Required, but real
        // exports omit it: 0 of 7). Corpus: CustomerId 4, IsVoiceIdStreamingEnabled 3, IsVoiceAuthenticationEnabled 3,
        // IsFraudDetectionEnabled 3, VoiceAuthenticationThreshold 3, VoiceAuthenticationResponseTime 3,
        // FraudDetectionThreshold 2.
        parameters: {
            optional: [
                'Name', 'Description', 'LanguageCode', 'CustomerId', 'References', 'IsVoiceIdStreamingEnabled',
                'IsVoiceAuthenticationEnabled', 'IsFraudDetectionEnabled', 'VoiceAuthenticationThreshold',
                'VoiceAuthenticationResponseTime', 'FraudDetectionThreshold', 'WatchlistId', 'WisdomSessionArn', 'TargetContact',
            ],
            shapes: {
                References: 'object', IsVoiceIdStreamingEnabled: 'boolean', IsVoiceAuthenticationEnabled: 'boolean',
                IsFraudDetectionEnabled: 'boolean', VoiceAuthenticationThreshold: 'number', VoiceAuthenticationResponseTime: 'number',
                FraudDetectionThreshold: 'number',
            },
        },
        // Reference: "supported on all channels and in all flow types."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Invoke module": 24 of 24 wire NoMatchingError; returns to this flow, so not endsOnSuccess. */
    InvokeFlowModule: spec({
        evidence: { reference: REF('contact-actions-invokeflowmodule'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
            ] },
        // Reference: FlowModuleId (26 of 26).
        parameters: { required: ['FlowModuleId'], shapes: { FlowModuleId: 'string' } },
        // Reference: "only supports Inbound flow types"; the admin guide (contact-flow-modules) now allows modules to
        // invoke modules ("up to five levels of nesting"), so MODULE too. Corpus: CONTACT_FLOW only.
        flowTypes: [...INBOUND, MODULE],
        errors: [NME],
    }),
    /** "Return" from a module: 3 of 3 have empty Transitions. */
    EndFlowModuleExecution: spec({
        evidence: { reference: REF('contact-actions-endflowmoduleexecution'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_ContactFlowModule_AUTO.json",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json",
            ] },
        // Reference: empty parameter object (5 of 5 corpus blocks `{}`). Modules with named results (the speed-dial
        // console exports, e.g. aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/consent-analytics-setup.json) write Result and ResultData: known names.
        parameters: { optional: ['Result', 'ResultData'], shapes: { Result: 'string', ResultData: 'object' } },
        // Reference: "available only in flow modules" (admin guide "Return (from module)": no other flow type).
        flowTypes: [MODULE],
        errors: [], terminal: true,
    }),
    /** "Create task": 3 of 3 wire NoMatchingError. */
    CreateTask: spec({
        evidence: { reference: REF('createtask'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/CreateAndReviewTask/SBSGuides_Example_CreateAndReviewTasks_Create.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Tasks/SBSGuides_Module_Task_Create.json",
            ] },
        // Reference (createtask): ContactFlowId, Name; [Optional] Attributes, Description, References, DelaySeconds,
        // ScheduledTime, TaskTemplateId. Corpus: Name, ContactFlowId, Description, Attributes 3 of 3. A block that
        // creates the task from a template (TaskTemplateId) takes the flow and the name from the template (the
        // template API: "The identifier of the flow that runs by default when a task is created by referencing this
        // template"), so the two are required only without one.
        parameters: {
            required: ['ContactFlowId', 'Name'],
            requiredUnless: { ContactFlowId: ['TaskTemplateId'], Name: ['TaskTemplateId'] },
            optional: ['Attributes', 'Description', 'References', 'DelaySeconds', 'ScheduledTime', 'TaskTemplateId'],
            shapes: {
                ContactFlowId: 'string', Name: 'string', Description: 'string', Attributes: 'object', References: 'object',
                DelaySeconds: 'number',
            },
        },
        errors: [NME],
    }),
    /** Cases block. Error names are `MultipleFound`/`NoneFound` (no "Error" suffix, unlike the profile
     *  actions) in 2 of 2 corpus blocks. ContactNotLinked appears only with LinkContactToCase "true" (1 of 1
     *  true, 0 of 1 false), matching the UpdateCase reference text. */
    GetCase: spec({
        evidence: { reference: REF('getcase'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
            ] },
        // Reference (getcase): LinkContactToCase, GetLastUpdatedCase, CustomerId, CaseRequestFields, CaseResponseFields.
        // Corpus: LinkContactToCase, GetLastUpdatedCase, CaseRequestFields, CaseResponseFields 2 of 2; CustomerId 0 of 2
        // (searched by case_id instead): real exports win, CustomerId is optional.
        parameters: {
            optional: ['LinkContactToCase', 'GetLastUpdatedCase', 'CustomerId', 'CaseRequestFields', 'CaseResponseFields'],
            shapes: {
                LinkContactToCase: 'boolean', GetLastUpdatedCase: 'boolean', CaseRequestFields: 'object', CaseResponseFields: 'string[]',
            },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: ['MultipleFound', 'NoneFound', NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Corpus: NoMatchingError 2 of 2; ContactNotLinked only with LinkContactToCase "true" (1 of 1). */
    CreateCase: spec({
        evidence: { reference: REF('createcase'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
            ] },
        // Reference (createcase): LinkContactToCase, CaseTemplateId, CaseRequestFields (optional). Corpus: all three 2 of 2.
        parameters: {
            required: ['CaseTemplateId'],
            optional: ['LinkContactToCase', 'CaseRequestFields'],
            shapes: { LinkContactToCase: 'boolean', CaseTemplateId: 'string', CaseRequestFields: 'object' },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** Reference (updatecase): ContactNotLinked "if you specify to link the contact", NoMatchingError. */
    UpdateCase: spec({
        evidence: { reference: REF('updatecase') },
        // Reference (updatecase): LinkContactToCase, CaseId, CaseRequestFields (optional).
        parameters: {
            required: ['CaseId'],
            optional: ['LinkContactToCase', 'CaseRequestFields'],
            shapes: { LinkContactToCase: 'boolean', CaseId: 'string', CaseRequestFields: 'object' },
        },
        // Reference: "None. This can be used in any type of flow and any channel."
        flowTypes: 'all',
        errors: [NME],
        conditionalErrors: [{ type: 'ContactNotLinked', when: { parameter: 'LinkContactToCase', equals: ['true'] } }],
    }),
    /** "Tag contact": +CFN 4 of 4 wire NoMatchingError (not in the JSON corpus). */
    TagContact: spec({
        evidence: { reference: REF('contact-actions-tagcontact'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference (contact-actions-tagcontact): Tags (+CFN 4 of 4).
        parameters: { required: ['Tags'], shapes: { Tags: 'object' } },
        // Reference: "This can be used in any type of flow and any channel." +CFN: CUSTOMER_QUEUE 2, MODULE 2.
        flowTypes: 'all',
        errors: [NME],
    }),
    UnTagContact: spec({
        evidence: { reference: REF('contact-actions-untagcontact') },
        // Reference (contact-actions-untagcontact): TagKeys, a list of keys set statically.
        parameters: { required: ['TagKeys'], shapes: { TagKeys: 'string[]' } },
        // Reference: "can be used in flows of all types."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** Reference pages list only NoMatchingError for these. */
    UpdatePreviousContactParticipantState: spec({
        evidence: { reference: REF('contact-actions-updatepreviouscontactparticipantstate') },
        // Reference: PreviousContactParticipantState, one of AgentOnHold | CustomerOnHold | OffHold.
        parameters: { required: ['PreviousContactParticipantState'], shapes: { PreviousContactParticipantState: 'string' } },
        // Reference: "supported only in inbound contact flows and transfer flows."
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    ResumeContact: spec({
        evidence: { reference: REF('contact-actions-resumecontact') },
        errors: [NME]
    }),
    CompleteOutboundCall: spec({
        evidence: { reference: REF('contact-actions-completeoutboundcall') },
        errors: [NME]
    }),
    CreateWisdomSession: spec({
        evidence: { reference: REF('contact-actions-createwisdomsession') },
        errors: [NME]
    }),
    StartOutboundChatContact: spec({
        evidence: { reference: REF('contact-actions-startoutboundchatcontact') },
        errors: [NME]
    }),
    UpdateContactMediaProcessing: spec({
        evidence: { reference: REF('contact-actions-updatecontactmediaprocessing') },
        errors: [NME]
    }),
    UpdateContactRoutingBehavior: spec({
        evidence: { reference: REF('contact-actions-updatecontactroutingbehavior') },
        // Reference (contact-actions-updatecontactroutingbehavior): QueuePriority | QueueTimeAdjustmentSeconds, never both.
        parameters: {
            optional: ['QueuePriority', 'QueueTimeAdjustmentSeconds'],
            shapes: { QueuePriority: 'number', QueueTimeAdjustmentSeconds: 'number' },
        },
        // Reference: "supported only in inbound contact flows. It is not supported in transfer flows, whisper flows,
        // customer queue flows, or hold flows."
        flowTypes: [...INBOUND, MODULE],
        errors: [NME],
    }),
    // ───────────────────────── Flow control actions ─────────────────────────
    /** "Check contact attributes": 49 of 49 wire NoMatchingCondition (no NoMatchingError in any). */
    Compare: spec({
        evidence: { reference: REF('flow-control-actions-compare'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineDTMFMenu.json",
            ] },
        // Reference (flow-control-actions-compare): ComparisonValue, "any single JSONPath identifier" (71 of 71). A
        // Compare without it has nothing to compare: required.
        parameters: { required: ['ComparisonValue'], shapes: { ComparisonValue: 'string' } },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: ['NoMatchingCondition'],
    }),
    /** "Set logging behavior": reference Errors: None; 38 of 38 have no error branch. This is the block
     *  logging-enabled looks for (see LOGGING_ENABLE); in every corpus flow it is the StartAction. */
    UpdateFlowLoggingBehavior: spec({
        evidence: { reference: REF('flow-control-actions-updateflowloggingbehavior'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/samTemplates/amazon-connect-interactive-messages-example-lex-v2/InteractiveMsg_ContactFlowLexV2_Export.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: FlowLoggingBehavior, one of [Enabled, Disabled] (58 of 58, all "Enabled").
        parameters: { required: ['FlowLoggingBehavior'], shapes: { FlowLoggingBehavior: 'string' } },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: [], setup: true,
    }),
    /** "Loop": conditions ContinueLooping/DoneLooping, no error branch in 31 of 31. */
    Loop: spec({
        evidence: { reference: REF('flow-control-actions-loop'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
            ] },
        // Reference: LoopCount, 0..100, fully static or fully dynamic (40 of 40, e.g. "3").
        parameters: { required: ['LoopCount'], shapes: { LoopCount: 'number' } },
        // Reference: "This is supported in every type of flow."
        flowTypes: 'all',
        errors: [],
    }),
    /** "Transfer to flow": 13 of 13 wire NoMatchingError and export NextAction equal to the error target
     *  (+CFN 15 of 15): success leaves this flow. */
    TransferToFlow: spec({
        evidence: { reference: REF('flow-control-actions-transfertoflow'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Solutions/VMX2-VoicemailExpress/CloudFormation/vmx-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_Main_AUTO.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineMain.json",
            ] },
        // Reference: ContactFlowId (15 of 15).
        parameters: { required: ['ContactFlowId'], shapes: { ContactFlowId: 'string' } },
        // Reference: "available in inbound flows and transfer flows. It is not available to hold flows, customer
        // queue flows, or whisper flows." Modules run in an inbound flow's context.
        flowTypes: [...INBOUND, ...TRANSFER, MODULE],
        errors: [NME], endsOnSuccess: true,
    }),
    /** "End flow / resume": 12 of 12 have empty Transitions. */
    EndFlowExecution: spec({
        evidence: { reference: REF('flow-control-actions-endflowexecution'), exports: [
                "amazon-connect/amazon-connect-chat-ui-examples/hostedWidgetCustomization/hosted-widget-jwt-setup-boilerplate/exports/test-contractAttribute-flow.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWSSCVAgentWhisper.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
            ] },
        // Reference: empty parameter object (20 of 20 `{}`).
        parameters: {},
        // Reference (flow-control-actions-endflowexecution): "available only in whisper flows and customer queue flows.
        // It is not available in flows, hold flows, or transfer flows." The admin guide's End flow / Resume block says
        // "All flows" (in an inbound flow it acts like Disconnect), and real exports disagree with the action page:
        // 2 CONTACT_FLOW exports (amazon-connect-chat-ui-examples, Metadata.type contactFlow) end in it. Real exports
        // win: every API flow type. Not MODULE: a module returns with EndFlowModuleExecution (0 modules use this).
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, ...HOLD, ...WHISPER, 'CAMPAIGN'],
        errors: [], terminal: true,
    }),
    /** "Check hours of operation": conditions True/False; 4 of 4 wire NoMatchingError. */
    CheckHoursOfOperation: spec({
        evidence: { reference: REF('flow-control-actions-checkhoursofoperation'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Queue_Transfer.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact-flows/inbound.json.tftpl",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
            ] },
        // Reference: HoursOfOperationId [Optional] (1 of 4; the others use the queue's hours).
        parameters: { optional: ['HoursOfOperationId'], shapes: { HoursOfOperationId: 'string' } },
        // Reference: "available in inbound flows, transfer flows, and customer queue flows. It is not available to
        // hold flows or to whisper flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
    }),
    /** "Check queue status/staffing". Reference says NoMatchingCondition exists only for
     *  OldestContactInQueueAgeSeconds/NumberOfContactsInQueue, but the corpus blocks use
     *  NumberOfAgentsAvailable / NumberOfAgentsStaffed and still wire it (1 of 1; +CFN 3 of 3): real exports
     *  win, it is required for every MetricType. */
    CheckMetricData: spec({
        evidence: { reference: REF('flow-control-actions-checkmetricdata'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_samples/AWS_Sample_SCV_Queue_Transfer.json",
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-SampleContactFlows/Code/awsscv_sample_contact_flow_builder/awsscv_ddr_flow_cf.json",
            ] },
        // Reference: MetricType (static), QueueId [Optional] | AgentId [Optional]. Corpus: MetricType 3 of 3, AgentId 2.
        parameters: {
            required: ['MetricType'],
            optional: ['QueueId', 'AgentId'],
            shapes: { MetricType: 'string', QueueId: 'string', AgentId: 'string' },
        },
        // Reference: "only usable in flows, queue and agent transfers, and customer queue flows. It is not available
        // in any type of whisper or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition', NME],
    }),
    /** "Get queue metrics": 3 of 3 wire NoMatchingError. */
    GetMetricData: spec({
        evidence: { reference: REF('flow-control-actions-getmetricdata'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Entry)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Update-Address)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
            ] },
        // Reference: QueueId [Optional] | AgentId [Optional], QueueChannel [Optional]. Corpus: QueueId 3 of 3.
        parameters: {
            optional: ['QueueId', 'AgentId', 'QueueChannel'],
            shapes: { QueueId: 'string', AgentId: 'string', QueueChannel: 'string' },
        },
        // Reference: "This action is available in every type of flow."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Check Voice ID": 5 of 5 wire NoMatchingError. */
    CheckVoiceId: spec({
        evidence: { reference: REF('flow-control-actions-checkvoiceid'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/VoiceID/viewContactFlow.json",
            ] },
        // Reference (flow-control-actions-checkvoiceid): CheckVoiceIdOption, one of enrollmentStatus |
        // voiceAuthentication | fraudDetection (5 of 5).
        parameters: { required: ['CheckVoiceIdOption'], shapes: { CheckVoiceIdOption: 'string' } },
        // Admin guide "Check Voice ID" flow types: inbound, customer queue, customer/outbound/agent whisper, transfer to
        // agent, transfer to queue (no hold flows).
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...WHISPER, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Set Voice ID": 3 of 3 wire NoMatchingError. */
    StartVoiceIdStream: spec({
        evidence: { reference: REF('flow-control-actions-startvoiceidstream'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/VoiceID/handlerContactFlow.json",
            ] },
        // Reference: empty parameter object (3 of 3 `{}`).
        parameters: {},
        // Reference: "Not supported in hold flows."
        flowTypes: [...INBOUND, ...CUSTOMER_QUEUE, ...WHISPER, ...TRANSFER, MODULE],
        errors: [NME],
    }),
    /** "Set flow attributes". The reference page says "Errors: None"; the corpus exports wire NoMatchingError
     *  (6 of 6, +CFN 20 of 20) because the designer draws an Error branch on the block, but a block without it
     *  is what the reference documents, and real flows leave it out (issue 13: ten false errors in one flow).
     *  The branch is wanted only under `strict`. Like UpdateContactAttributes, no customer interaction. */
    UpdateFlowAttributes: spec({
        evidence: { reference: REF('flow-control-actions-updateflowattributes'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-gitlab-cicd-terraform/amzconnect-contact-flows/contact_flows/ACME_ContactFlowModule_AUTO.json",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference: FlowAttributes (20 of 20, values {Value}).
        parameters: { required: ['FlowAttributes'], shapes: { FlowAttributes: 'object' } },
        // Reference: "supported on all channels and in all flow types." +CFN: CUSTOMER_QUEUE, QUEUE_TRANSFER, MODULE.
        flowTypes: 'all',
        errors: [], optionalErrors: [NME], setup: true,
    }),
    /** "Set routing criteria": +CFN 4 of 4 wire NoMatchingError. The reference index names the page
     *  "UpdateRoutingCriteria" (flow-control-actions-updater…); real exports use this Type name. */
    UpdateContactRoutingCriteria: spec({
        evidence: { reference: REF('flow-control-actions-updateroutingcriteria'), exports: [
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "amazon-connect/voicemail-express-amazon-connect/Govcloud/Cloudformation/vmx3-contactflows.yaml",
            ] },
        // Reference page "UpdateRoutingCriteria": RoutingCriteria {Steps}, "Required" (+CFN 4 of 4).
        parameters: { required: ['RoutingCriteria'], shapes: { RoutingCriteria: 'object' } },
        errors: [NME],
    }),
    /** "Wait" (chat). Reference: NoMatchingError; ParticipantNotFound only with the BotParticipantDisconnected
     *  event (Events is a list, so not expressible as a conditional). Corpus: 1 block, NoMatchingError only. */
    Wait: spec({
        evidence: { reference: REF('flow-control-actions-wait'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/modules/Cases/SBSGuides_Modules_Cases.json",
                "aws-samples/amazon-connect-rules-engine/connect/contactflows/RulesEngineWait.json",
            ] },
        // Reference (flow-control-actions-wait) names TimeoutSeconds and Events; the one corpus export (and the
        // designer) writes TimeLimitSeconds: real exports win, TimeLimitSeconds is the known name and TimeoutSeconds is
        // not listed: a block that writes the reference's name is told the name exports use.
        parameters: {
            optional: ['TimeLimitSeconds', 'Events'],
            shapes: { TimeLimitSeconds: 'number', Events: 'string[]' },
            legacy: { TimeoutSeconds: 'TimeLimitSeconds' },
        },
        // Reference: "supported in every type of flow, but is supported only by the chat channel."
        flowTypes: 'all',
        // ParticipantNotFound only with the BotParticipantDisconnected event (reference; no export checked has that
        // event): asked for under strict, and only for a block that waits for it (the rules-engine export waits for
        // CustomerReturned and has no such branch).
        errors: [NME],
        conditionalErrors: [{ type: 'ParticipantNotFound', when: { parameter: 'Events', equals: ['BotParticipantDisconnected'] }, strict: true }],
    }),
    /** Reference: Errors "NoMatchingCondition if no Condition matches" only. */
    DistributeByPercentage: spec({
        evidence: { reference: REF('flow-control-actions-distributebypercentage') },
        // Reference: no parameters.
        parameters: {},
        // Reference: "available in inbound flows, transfer flows, and customer queue flows. It is not available to
        // hold flows or to whisper flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: ['NoMatchingCondition'],
    }),
    /** Reference: Errors "NoMatchingError if no condition matches". */
    CheckOutboundCallStatus: spec({
        evidence: { reference: REF('flow-control-actions-checkoutboundcallstatus') },
        errors: [NME]
    }),
    // ───────────────────────── Interactions ─────────────────────────
    /** "Invoke AWS Lambda function": 37 of 37 wire NoMatchingError. */
    InvokeLambdaFunction: spec({
        evidence: { reference: REF('interactions-invokelambdafunction'), exports: [
                "amazon-connect/amazon-connect-salesforce-scv/Examples/AWSSCV-DataDirectedRouting-FlowRouting/Code/awsscv_contact_flow_builder/awsscv_ddr_flow_cf.json",
                "amazon-connect/voicemail-express-amazon-connect/CloudFormation/vmx3-contactflows.yaml",
                "aws-samples/amazon-connect-contact-surveys/deployment/contact-surveys-amazon-connect.yaml",
                "cresta/amazon-connect-pstn-transfer/VA_PSTN_Transfer.json",
            ] },
        // Reference (interactions-invokelambdafunction): LambdaFunctionARN; InvocationTimeLimitSeconds "greater than 0,
        // no larger than 8, and an integer" for synchronous calls; InvocationType SYNCHRONOUS | ASYNCHRONOUS;
        // LambdaInvocationAttributes; ResponseValidation {ResponseType}. Corpus (59 blocks): LambdaFunctionARN 59,
        // InvocationTimeLimitSeconds 59 (values 3/5/6/8, all within 1-8), LambdaInvocationAttributes 39,
        // ResponseValidation 20, InvocationType 6 (all "SYNCHRONOUS"; 53 omit it = synchronous).
        parameters: {
            required: ['LambdaFunctionARN'],
            optional: ['InvocationTimeLimitSeconds', 'InvocationType', 'LambdaInvocationAttributes', 'ResponseValidation'],
            shapes: {
                LambdaFunctionARN: 'string', InvocationTimeLimitSeconds: 'timeoutSeconds1to8', InvocationType: 'string',
                LambdaInvocationAttributes: 'object', ResponseValidation: 'object',
            },
        },
        // Reference: "None. This action is supported by all channels and in all types of flows."
        flowTypes: 'all',
        errors: [NME],
    }),
    /** "Customer profiles: Get profile". Reference errors MultipleFoundError, NoneFoundError,
     *  NoMatchingError (7 of 7 wire all three). Success makes the requested ProfileResponseData fields and
     *  ProfileId readable under $.Customer. */
    GetCustomerProfile: spec({
        evidence: { reference: REF('interactions-getcustomerprofile'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Guide.json",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/sample-amazon-connect-speed-dial/templates/cdk-app/flows/get-customer-profile.json",
            ] },
        // Reference (interactions-getcustomerprofile): ProfileRequestData {PhoneNumber | EmailAddress | ...},
        // ProfileResponseData. The reference draws ProfileResponseData inside braces like an object, but real exports
        // write an array of field names (7 of 7 here, 14 of 14 over Get/Create/Update): real exports win, 'string[]'.
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: ['MultipleFoundError', 'NoneFoundError', NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (4 of 4); "Newly created profile ID is persisted under
     *  $.Customer.ProfileId" and ProfileResponseData fields are readable: it loads the new profile. */
    CreateCustomerProfile: spec({
        evidence: { reference: REF('interactions-createcustomerprofile'), exports: [
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/AgentWorkspace/SBSGuides_Example_AgentWorkspace_Handler.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/BackendIntegration/SBSGuides_Example_Backend_Guide.json",
                "aws-samples/amazon-connect-step-by-step-guides-module-library/examples/Cards/SBSGuides_Example_Cards_Guide.json",
            ] },
        // Same contract as GetCustomerProfile: ProfileRequestData 4 of 4, ProfileResponseData 4 of 4 (arrays, one empty).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: NoMatchingError only (3 of 3); same ProfileResponseData contract as Get/Create. */
    UpdateCustomerProfile: spec({
        evidence: { reference: REF('interactions-updatecustomerprofile'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.test)",
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow.GTS-Partner-Assessment-Update-Address)",
            ] },
        // Same contract as GetCustomerProfile: ProfileRequestData 3 of 3, ProfileResponseData 3 of 3 (arrays).
        parameters: {
            required: ['ProfileRequestData'],
            optional: ['ProfileResponseData'],
            shapes: { ProfileRequestData: 'object', ProfileResponseData: 'fieldNames' },
        },
        errors: [NME], profile: 'loads',
    }),
    /** Reference: needs ProfileId + ContactId (usually $.Customer.ProfileId); NoMatchingError. */
    AssociateContactToCustomerProfile: spec({
        evidence: { reference: REF('interactions-associatecontacttocustomerprofile') },
        errors: [NME], profile: 'uses'
    }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.Asset.* / Order.* / Case.*. */
    GetCustomerProfileObject: spec({
        evidence: { reference: REF('interactions-getcustomerprofileobject') },
        errors: ['NoneFoundError', NME], profile: 'object'
    }),
    /** Reference: NoneFoundError, NoMatchingError; adds $.Customer.CalculatedAttributes.*. */
    GetCalculatedAttributesForCustomerProfile: spec({
        evidence: { reference: REF('interactions-getcalculatedattributesforcustomerprofile') },
        errors: ['NoneFoundError', NME],
        profile: 'object',
    }),
    /** 1 of 1 wires NoMatchingError. */
    CreateCallbackContact: spec({
        evidence: { reference: REF('interactions-createcallbackcontact'), exports: [
                "ccarrylab/terraform-aws-amazonconnect/examples/complete/contact_flows.tf (heredoc content of resource aws_connect_contact_flow_module.GTS-Dynamic-Callback)",
            ] },
        // Reference (interactions-createcallbackcontact): QueueId | AgentId [Optional], InitialCallDelaySeconds,
        // MaximumConnectionAttempts, RetryDelaySeconds (no [Optional] marker), ContactFlowId, CallerId [Optional].
        // Corpus: 1 block with QueueId and the three numbers.
        parameters: {
            required: ['InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds'],
            optional: ['QueueId', 'AgentId', 'ContactFlowId', 'CallerId'],
            shapes: {
                InitialCallDelaySeconds: 'number', MaximumConnectionAttempts: 'number', RetryDelaySeconds: 'number',
                QueueId: 'string', AgentId: 'string', ContactFlowId: 'string', CallerId: 'string',
            },
        },
        // Reference: "supported in contact flows, transfer flows, and customer queue flows. It is not supported in
        // whisper flows or hold flows."
        flowTypes: [...INBOUND, ...TRANSFER, ...CUSTOMER_QUEUE, MODULE],
        errors: [NME],
    }),
}));
/**
 * Legacy-designer module types and invented names that the service rejects in a flow-language export,
 * with the flow-language Type to use instead (null when there is none / it is not an action).
 * Counts are legacy `modules[].type` occurrences in the corpus (14 legacy files).
 */
const LEGACY_ACTION_TYPES = Object.freeze(Object.assign(Object.create(null), {
    PlayPrompt: 'MessageParticipant', // 42
    SetAttributes: 'UpdateContactAttributes', // 42
    Disconnect: 'DisconnectParticipant', // 18
    InvokeExternalResource: 'InvokeLambdaFunction', // 16
    Transfer: 'TransferContactToQueue', // 9 (also used for TransferToFlow / third-party transfers)
    SetLoggingBehavior: 'UpdateFlowLoggingBehavior', // 9
    SetQueue: 'UpdateContactTargetQueue', // 8
    CheckAttribute: 'Compare', // 8
    SetRecordingBehavior: 'UpdateContactRecordingBehavior', // 6
    GetUserInput: 'GetParticipantInput', // 4 (or ConnectParticipantWithLexBot when a bot is set)
    StartMediaStreaming: 'UpdateContactMediaStreamingBehavior', // 4
    SetVoice: 'UpdateContactTextToSpeechVoice', // 4
    SetEventHook: 'UpdateContactEventHooks', // 3
    Resume: 'EndFlowExecution', // 3 (whisper flows)
    CheckStaffing: 'CheckMetricData', // 1
    // The designer's block names written as types (admin guide "Flow blocks"): each is the block's real type,
    // not the closest spelling (TransferToQueue is one edit from nothing useful and three from TransferToFlow).
    TransferToQueue: 'TransferContactToQueue', // "Transfer to queue"
    TransferToPhoneNumber: 'TransferParticipantToThirdParty', // "Transfer to phone number"
    TransferToAgent: 'TransferContactToAgent', // "Transfer to agent"
    SetWorkingQueue: 'UpdateContactTargetQueue', // "Set working queue"
    SetContactAttributes: 'UpdateContactAttributes', // "Set contact attributes"
    CheckContactAttributes: 'Compare', // "Check contact attributes"
    GetCustomerInput: 'GetParticipantInput', // "Get customer input"
    StoreCustomerInput: 'GetParticipantInput', // "Store customer input" (StoreInput "True")
    StoreUserInput: 'GetParticipantInput', // legacy designer name of the same block
    PlayMessage: 'MessageParticipant',
    InvokeLambda: 'InvokeLambdaFunction', // "Invoke AWS Lambda function"
    SetLoggingBehaviour: 'UpdateFlowLoggingBehavior',
    SetWhisperFlow: 'UpdateContactEventHooks', // "Set whisper flow"
    SetHoldFlow: 'UpdateContactEventHooks', // "Set hold flow"
    SetCustomerQueueFlow: 'UpdateContactEventHooks', // "Set customer queue flow"
    SetDisconnectFlow: 'UpdateContactEventHooks', // "Set disconnect flow"
    DistributeByPercent: 'DistributeByPercentage',
    GetQueueMetrics: 'GetMetricData', // "Get queue metrics"
    CheckQueueStatus: 'CheckMetricData', // "Check queue status"
    InvokeModule: 'InvokeFlowModule', // "Invoke module"
    EndFlow: 'EndFlowExecution', // "End flow / Resume"
    ReturnFromModule: 'EndFlowModuleExecution', // "Return (from module)"
    SetCallbackNumber: 'UpdateContactCallbackNumber', // "Set callback number"
    SetRecordingAndAnalyticsBehavior: 'UpdateContactRecordingBehavior', // "Set recording and analytics behavior"
    // 'Loop', 'Wait', 'CheckHoursOfOperation' keep their names in the flow language: not listed.
    // Invented names seen in hand-written JSON (design note). A flow has no trigger block (what starts it is a phone
    // number / queue / API association, not an action) and its entry is `StartAction`, so Trigger and EntryPoint
    // have no replacement; CheckCondition branches on a value, which is what Compare does.
    Trigger: null,
    EntryPoint: null,
    CheckCondition: 'Compare',
}));
/** The block type that turns on flow logging (reference: flow-control-actions-updateflowloggingbehavior,
 *  "FlowLoggingBehavior": One of [Enabled, Disabled]; all 38 corpus blocks use "Enabled"). */
const LOGGING_ENABLE = Object.freeze({ type: 'UpdateFlowLoggingBehavior', parameter: 'FlowLoggingBehavior', value: 'Enabled' });
/** The table as a Map: rules look a type up several times per block, and a Map lookup beats a keyed property read. */
const SPEC_BY_TYPE = new Map(Object.entries(ACTIONS));
/** Own entries only: "toString", "__proto__" and friends are never action types. */
function actionSpec(type) {
    return SPEC_BY_TYPE.get(type);
}
/** Whether the entry records how the table knows it (a reference page or real exports): rules raise nothing from one without. */
function hasEvidence(spec) {
    const e = spec?.evidence;
    return e !== undefined && (e.reference !== undefined || (e.exports?.length ?? 0) > 0);
}
/**
 * Whether the entry was checked against real exports. The reference alone has been wrong both ways (it lists
 * no error for UpdateFlowAttributes, omits GetParticipantInput's InputTimeLimitExceeded, names Wait's
 * TimeoutSeconds where exports write TimeLimitSeconds), so what only the reference says is reported only
 * under `strict` (error branches) or not at all (required parameters and value shapes).
 */
function checkedAgainstExports(spec) {
    return (spec?.evidence?.exports?.length ?? 0) > 0;
}
/**
 * Whether `type` may appear in a flow of `flowType` (an API flow type or MODULE_FLOW_TYPE).
 * undefined when unknown: the action type is not in the table or has no `flowTypes`, the flow type is not one
 * of FLOW_TYPES / MODULE, or it is CAMPAIGN and the action's list does not name it.
 */
function allowedInFlowType(type, flowType) {
    const allowed = actionSpec(type)?.flowTypes;
    if (allowed === undefined)
        return undefined;
    if (flowType !== MODULE_FLOW_TYPE && !FLOW_TYPES.includes(flowType))
        return undefined;
    if (allowed === 'all')
        return true;
    if (allowed.includes(flowType))
        return true;
    return UNCOVERED_FLOW_TYPES.has(flowType) ? undefined : false;
}
const KNOWN_PARAMETERS = new Map();
/** Every parameter name known for `type` (required + optional + shaped); undefined when the type or its parameters are unknown. */
function knownParameters(type) {
    const p = actionSpec(type)?.parameters;
    if (p === undefined)
        return undefined;
    let set = KNOWN_PARAMETERS.get(type);
    if (set === undefined) {
        set = new Set([...(p.required ?? []), ...(p.optional ?? []), ...Object.keys(p.shapes ?? {})]);
        KNOWN_PARAMETERS.set(type, set);
    }
    return set;
}
/** Value at a dotted path inside Parameters (own properties only). */
function paramAt(params, path) {
    let cur = params;
    for (const key of path.split('.')) {
        if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Whether a conditional error exists for a block with these Parameters (see {@link ConditionalError}). */
function conditionalErrorApplies(ce, params) {
    const v = paramAt(params, ce.when.parameter);
    const scalar = (x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    const values = Array.isArray(v) ? v.filter(scalar) : scalar(v) ? [v] : [];
    if (!values.some((x) => ce.when.equals.some((e) => e.toLowerCase() === String(x).toLowerCase())))
        return false;
    return (ce.when.requires ?? []).every((p) => {
        const r = paramAt(params, p);
        return r !== undefined && r !== null;
    });
}
/*
 * ─────────────────────────── Customer Profiles field naming ───────────────────────────
 * ProfileResponseData (GetCustomerProfile / CreateCustomerProfile / UpdateCustomerProfile, reference page
 * "GetCustomerProfile") lists FLAT names, readable after success as $.Customer.<Name>:
 *   - standard: PROFILE_STANDARD_FIELDS below (FirstName, City, ShippingCity, BillingPostalCode, ...).
 *     Addresses are flattened with a prefix — Address1..4/City/County/Country/PostalCode/Province/State for
 *     the generic address, Shipping-, Mailing- and Billing-prefixed names for the others. Real flows read $.Customer.City and
 *     $.Customer.Address1 (2 reads each in the corpus); the nested API shape `Address.City` never appears in
 *     the reference list or the corpus, so a read of $.Customer.Address.City is NOT satisfied by "City".
 *   - custom: "Attributes.<key>" → $.Customer.Attributes.<key>.
 *   - calculated (GetCalculatedAttributesForCustomerProfile): "CalculatedAttributes._average_hold_time",
 *     "CalculatedAttributes._frequent_caller", "CalculatedAttributes.<x>" → $.Customer.CalculatedAttributes.<x>.
 *   - objects (GetCustomerProfileObject, ObjectType Asset|Order|Case): the response names carry the object
 *     prefix ("AssetStatus", "OrderTotalPrice", "AssetAttributes.x") but are read as
 *     $.Customer.<Object>.<Field> ($.Customer.Asset.Status, $.Customer.Asset.Attributes.x); the object's id
 *     ($.Customer.Asset.AssetId / Order.OrderId / Case.CaseId) is always set when one object is found.
 *   - always set after a successful load: $.Customer.ProfileId, $.Customer.ProfileARN (real flows pass
 *     $.Customer.ProfileARN to CreateCase without requesting it; 2 reads in the corpus).
 * Corpus ProfileResponseData is always an array of names here (14 of 14 blocks); CreateCustomerProfile may
 * send an empty array.
 */
const PROFILE_ALWAYS_PROVIDED = Object.freeze(['ProfileId', 'ProfileARN']);
/** Standard ProfileResponseData names from the GetCustomerProfile reference page (plus `Attributes.<x>`). */
const PROFILE_STANDARD_FIELDS = Object.freeze([
    'FirstName', 'MiddleName', 'LastName', 'PhoneNumber', 'EmailAddress', 'AccountNumber', 'AdditionalInformation',
    'PartyType', 'BusinessName', 'BirthDate', 'Gender', 'MobilePhoneNumber', 'HomePhoneNumber', 'BusinessPhoneNumber',
    'BusinessEmailAddress',
    ...['', 'Shipping', 'Mailing', 'Billing'].flatMap((p) => ['Address1', 'Address2', 'Address3', 'Address4', 'City', 'County', 'Country', 'PostalCode', 'Province', 'State'].map((f) => `${p}${f}`)),
]);
/** Object types GetCustomerProfileObject can load, read as $.Customer.<Type>.<Field>. */
const PROFILE_OBJECT_TYPES = Object.freeze(['Asset', 'Order', 'Case']);

;// CONCATENATED MODULE: ./src/core/json/walk.ts
/**
 * Visits every string value under a value (object values and array items), in document order.
 *
 * Rules walk every parameter of every block, so one walker is made per flow and reused for each block: its
 * work stacks are kept between walks, keys are read with for-in (the engine's enum cache, no key array per
 * object), and the path of a string is built only when the visitor asks for it (`path()`). Iterative, so
 * nesting depth cannot exhaust the stack. A visitor must not start another walk on the same walker.
 */
class StringWalker {
    visit;
    // The work stacks and the branch are used up to their `top`/`depth` marks and never shortened: setting an
    // array's length makes the engine drop its storage, which would then be grown again on every walk.
    values = [];
    keys = [];
    depths = [];
    /** The keys from the walked value down to the string being visited: branch[0 .. branchLength). */
    branch = [];
    branchLength = 0;
    base = [];
    sub = [];
    constructor(visit) {
        this.visit = visit;
    }
    /** The JSON path of the string being visited: `base`, then `sub`, then the keys below the walked value. */
    path() {
        const path = [];
        for (let i = 0; i < this.base.length; i++)
            path.push(this.base[i]);
        for (let i = 0; i < this.sub.length; i++)
            path.push(this.sub[i]);
        for (let i = 0; i < this.branchLength; i++)
            path.push(this.branch[i]);
        return path;
    }
    /** Walks `value`, which sits at `base` + `sub` in the document (two parts, so callers need not join them). */
    walk(value, base, sub) {
        const { values, keys, depths, branch } = this;
        this.base = base;
        this.sub = sub;
        values[0] = value;
        keys[0] = undefined;
        depths[0] = 0;
        let top = 1;
        while (top > 0) {
            top--;
            const v = values[top];
            const key = keys[top];
            const depth = depths[top];
            values[top] = undefined;
            if (depth > 0) {
                branch[depth - 1] = key;
                this.branchLength = depth;
            }
            else
                this.branchLength = 0;
            if (typeof v === 'string')
                this.visit(v, this, key);
            else if (Array.isArray(v)) {
                for (let i = v.length - 1; i >= 0; i--) {
                    values[top] = v[i];
                    keys[top] = i;
                    depths[top] = depth + 1;
                    top++;
                }
            }
            else if (typeof v === 'object' && v !== null) {
                const from = top;
                const o = v;
                for (const k in o) {
                    if (!Object.hasOwn(o, k))
                        continue;
                    values[top] = o[k];
                    keys[top] = k;
                    depths[top] = depth + 1;
                    top++;
                }
                // for-in gives keys first to last; the stack must pop them in that order.
                reverse(values, from, top);
                reverse(keys, from, top);
            }
        }
    }
}
function reverse(list, from, to) {
    for (let a = from, b = to - 1; a < b; a++, b--) {
        const t = list[a];
        list[a] = list[b];
        list[b] = t;
    }
}

;// CONCATENATED MODULE: ./src/core/graph/routing-graph.ts
/**
 * The routing graph of one flow: a node per action (numbered as in `flow.actions`), an edge per transition
 * whose target exists, entry = StartAction. Every traversal is iterative and linear in nodes + edges, so
 * a 20,000-block flow, or a hostile one, costs milliseconds and no stack.
 */
class RoutingGraph {
    flow;
    size;
    /** Node of StartAction, or -1 when it names no block. */
    entry;
    out;
    incoming;
    reach;
    rpo;
    idom;
    memos;
    constructor(flow) {
        this.flow = flow;
        this.size = flow.actions.length;
        const start = flow.startAction === undefined ? undefined : flow.byId.get(flow.startAction);
        this.entry = start ? start.index : -1;
        const out = new Array(this.size);
        for (let a = 0, actions = flow.actions; a < actions.length; a++) {
            const transitions = actions[a].transitions;
            let resolved = 0;
            for (let k = 0; k < transitions.length; k++)
                if (transitions[k].to >= 0)
                    resolved++;
            // Most blocks' transitions all lead somewhere: their list is the edge list, shared, not copied.
            out[a] = resolved === transitions.length ? transitions : transitions.filter((t) => t.to >= 0);
        }
        this.out = out;
    }
    /** A result derived from this graph, computed once per key and kept as long as the graph is. */
    memo(key, compute) {
        this.memos ??= new Map();
        if (!this.memos.has(key))
            this.memos.set(key, compute());
        return this.memos.get(key);
    }
    /**
     * The source node of every edge, grouped by target: the sources of edges into `n` are
     * `from[start[n]] .. from[start[n + 1] - 1]`. Two typed arrays, not an array of edges per node, for the
     * backward searches rules run on every flow.
     */
    predecessors() {
        return this.memo('predecessors', () => {
            const start = new Int32Array(this.size + 1);
            for (let n = 0; n < this.size; n++) {
                const edges = this.out[n];
                for (let k = 0; k < edges.length; k++)
                    start[edges[k].to + 1]++;
            }
            for (let n = 0; n < this.size; n++)
                start[n + 1] += start[n];
            const from = new Int32Array(start[this.size]);
            const fill = start.slice(0, this.size);
            for (let n = 0; n < this.size; n++) {
                const edges = this.out[n];
                for (let k = 0; k < edges.length; k++)
                    from[fill[edges[k].to]++] = n;
            }
            return { start, from };
        });
    }
    /** Incoming edges per node; built on first use (dominators, pictures), not for every lint. */
    get in() {
        if (!this.incoming) {
            const inc = Array.from({ length: this.size }, () => []);
            for (const edges of this.out)
                for (const e of edges)
                    inc[e.to].push(e);
            this.incoming = inc;
        }
        return this.incoming;
    }
    /** 1 for each node some path from the entry reaches. */
    reachable() {
        if (!this.reach) {
            const seen = new Uint8Array(this.size);
            if (this.entry >= 0)
                this.search(this.entry, () => true, seen);
            this.reach = seen;
        }
        return this.reach;
    }
    /**
     * Breadth-first search from `from` over the edges `follow` accepts. Returns, per node, the edge it was
     * first reached by (null for the start, undefined for unreached); breadth-first makes the recorded paths
     * the shortest, which is what a message should show.
     */
    search(from, follow, seen = new Uint8Array(this.size)) {
        const via = new Array(this.size);
        const queue = new Int32Array(this.size);
        let head = 0;
        let tail = 0;
        queue[tail++] = from;
        seen[from] = 1;
        via[from] = null;
        while (head < tail) {
            const n = queue[head++];
            for (let edgeIndex = 0, edges = this.out[n]; edgeIndex < edges.length; edgeIndex++) {
                const edge = edges[edgeIndex];
                if (seen[edge.to] || !follow(edge))
                    continue;
                seen[edge.to] = 1;
                via[edge.to] = edge;
                queue[tail++] = edge.to;
            }
        }
        return via;
    }
    /** Reverse postorder of the nodes reachable from the entry (iterative depth-first search on typed stacks). */
    reversePostorder() {
        if (this.rpo)
            return this.rpo;
        const order = new Int32Array(this.size);
        // Filled from the back: a node is written when it finishes, so the array ends up in reverse postorder.
        let free = this.size;
        if (this.entry >= 0) {
            const state = new Uint8Array(this.size); // 0 new, 1 on stack, 2 done
            const nodeStack = new Int32Array(this.size);
            const edgeStack = new Int32Array(this.size);
            let top = 0;
            nodeStack[0] = this.entry;
            edgeStack[0] = 0;
            state[this.entry] = 1;
            while (top >= 0) {
                const n = nodeStack[top];
                const edges = this.out[n];
                const k = edgeStack[top];
                if (k < edges.length) {
                    edgeStack[top] = k + 1;
                    const m = edges[k].to;
                    if (state[m] === 0) {
                        state[m] = 1;
                        top++;
                        nodeStack[top] = m;
                        edgeStack[top] = 0;
                    }
                }
                else {
                    state[n] = 2;
                    order[--free] = n;
                    top--;
                }
            }
        }
        this.rpo = order.subarray(free);
        return this.rpo;
    }
    /**
     * Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm"): -1 for the
     * entry and for unreachable nodes. Flows are shallow and mostly reducible, so this converges in a few
     * passes, linear in practice.
     */
    dominators() {
        if (this.idom)
            return this.idom;
        const rpo = this.reversePostorder();
        const rank = new Int32Array(this.size).fill(-1);
        rpo.forEach((n, i) => (rank[n] = i));
        const idom = new Int32Array(this.size).fill(-1);
        if (this.entry < 0)
            return (this.idom = idom);
        idom[this.entry] = this.entry;
        const intersect = (a, b) => {
            while (a !== b) {
                while (rank[a] > rank[b])
                    a = idom[a];
                while (rank[b] > rank[a])
                    b = idom[b];
            }
            return a;
        };
        for (let changed = true; changed;) {
            changed = false;
            for (let i = 1; i < rpo.length; i++) {
                const n = rpo[i];
                let d = -1;
                for (let ei = 0, edgeList = this.in[n]; ei < edgeList.length; ei++) {
                    const e = edgeList[ei];
                    if (idom[e.from] === -1)
                        continue;
                    d = d === -1 ? e.from : intersect(e.from, d);
                }
                if (d !== -1 && idom[n] !== d) {
                    idom[n] = d;
                    changed = true;
                }
            }
        }
        idom[this.entry] = -1;
        return (this.idom = idom);
    }
    /** True when every path from the entry to `b` passes `a`. */
    dominates(a, b) {
        const idom = this.dominators();
        if (!this.reachable()[b])
            return false;
        for (let n = b; n !== -1; n = idom[n])
            if (n === a)
                return true;
        return false;
    }
}
/**
 * Breadth-first shortest paths from one node over the edges `follow` accepts, kept so that the ends of the
 * path to any node cost `keep` steps each however long the path is: a flow with thousands of findings on
 * paths thousands of blocks long would otherwise spend quadratic time building paths nobody reads whole.
 */
class ShortestPaths {
    keep;
    via;
    depth;
    /** Each node's ancestor at depth `keep` (itself when nearer the start). */
    anchor;
    constructor(graph, from, follow, keep) {
        this.keep = keep;
        this.via = new Array(graph.size);
        this.depth = new Int32Array(graph.size).fill(-1);
        this.anchor = new Int32Array(graph.size).fill(-1);
        const queue = new Int32Array(graph.size);
        let head = 0;
        let tail = 0;
        queue[tail++] = from;
        this.via[from] = null;
        this.depth[from] = 0;
        this.anchor[from] = from;
        while (head < tail) {
            const n = queue[head++];
            for (let k = 0, edges = graph.out[n]; k < edges.length; k++) {
                const edge = edges[k];
                const m = edge.to;
                if (this.depth[m] !== -1 || !follow(edge))
                    continue;
                this.via[m] = edge;
                this.depth[m] = this.depth[n] + 1;
                this.anchor[m] = this.depth[m] <= keep ? m : this.anchor[n];
                queue[tail++] = m;
            }
        }
    }
    reached(node) {
        return this.depth[node] !== -1;
    }
    ends(node) {
        const d = this.depth[node];
        if (d <= 2 * this.keep)
            return { head: pathTo(this.via, node), skipped: 0, tail: [] };
        const tail = [];
        for (let n = node, k = 0; k < this.keep; k++) {
            const e = this.via[n];
            tail.push(e);
            n = e.from;
        }
        return { head: pathTo(this.via, this.anchor[node]), skipped: d - 2 * this.keep, tail: tail.reverse() };
    }
}
/** The edges from the search's start to `node`, in order. */
function pathTo(via, node) {
    const path = [];
    for (let e = via[node]; e; e = via[e.from])
        path.push(e);
    return path.reverse();
}
/**
 * Strongly connected components of the subgraph of `nodes` (1 = included) whose edges `follow` accepts
 * (Tarjan's algorithm, iterative on typed stacks: linear in nodes + edges, no recursion). Components are
 * numbered in topological order: every followed edge between two components goes from a lower number to a
 * higher one, so one pass in ascending order sees a component after all that lead into it.
 */
function components(graph, nodes, follow) {
    const size = graph.size;
    const of = new Int32Array(size).fill(-1);
    const low = new Int32Array(size);
    const number = new Int32Array(size).fill(-1);
    const onStack = new Uint8Array(size);
    const stack = new Int32Array(size);
    const callNode = new Int32Array(size);
    const callEdge = new Int32Array(size);
    let sp = 0;
    let counter = 0;
    let found = 0;
    for (let root = 0; root < size; root++) {
        if (!nodes[root] || number[root] !== -1)
            continue;
        let depth = 0;
        callNode[0] = root;
        callEdge[0] = 0;
        number[root] = low[root] = counter++;
        stack[sp++] = root;
        onStack[root] = 1;
        while (depth >= 0) {
            const n = callNode[depth];
            const edges = graph.out[n];
            const k = callEdge[depth];
            if (k < edges.length) {
                callEdge[depth] = k + 1;
                const edge = edges[k];
                const m = edge.to;
                if (!nodes[m] || !follow(edge))
                    continue;
                if (number[m] === -1) {
                    number[m] = low[m] = counter++;
                    stack[sp++] = m;
                    onStack[m] = 1;
                    depth++;
                    callNode[depth] = m;
                    callEdge[depth] = 0;
                }
                else if (onStack[m] && number[m] < low[n]) {
                    low[n] = number[m];
                }
                continue;
            }
            if (low[n] === number[n]) {
                // Tarjan finds components sinks first: numbered from the top down, then flipped below.
                for (let m = -1; m !== n;) {
                    m = stack[--sp];
                    onStack[m] = 0;
                    of[m] = found;
                }
                found++;
            }
            depth--;
            if (depth >= 0) {
                const parent = callNode[depth];
                if (low[n] < low[parent])
                    low[parent] = low[n];
            }
        }
    }
    for (let n = 0; n < size; n++)
        if (of[n] !== -1)
            of[n] = found - 1 - of[n];
    return { of, count: found };
}

;// CONCATENATED MODULE: ./src/core/analysis/profile.ts



/** One path segment, `.Name` or `['Name']`; `quote` is the number of the group that captures the quote. */
const segment = (quote) => String.raw `(?:\.([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)|\[\s*(['"])((?:(?!` + `\\${quote}).)+)` + `\\${quote}` + String.raw `\s*\])`;
function readPattern(namespace) {
    const ns = namespace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // `$.Customer.X`, `$['Customer']['X']`, `$.Customer['X']`; the namespace must be a whole segment, so
    // `$.CustomerEndpoint.Address` is not a profile read.
    // Groups: 1 the namespace's quote, 2 all segments, 3-5 inside the repeated segment (4 is its quote).
    return new RegExp(String.raw `\$(?:\.${ns}(?![A-Za-z0-9_])|\[\s*(['"])${ns}\1\s*\])((?:${segment(4)})+)`, 'g');
}
const segmentPattern = new RegExp(segment(2), 'g');
const patterns = new Map();
const PARAMETERS = ['Parameters'];
const CONDITIONS = ['Transitions', 'Conditions'];
/**
 * Every profile read in the blocks' (or, with `only`, the marked blocks') parameters and condition operands (never an Identifier or a
 * NextAction). A block reads data only there; the rest of a block (Type, error routes) holds none.
 */
function profileReads(actions, namespace = 'Customer', only) {
    const reads = [];
    let pattern = patterns.get(namespace);
    if (!pattern)
        patterns.set(namespace, (pattern = readPattern(namespace)));
    const re = pattern;
    let action;
    const walker = new StringWalker((text, at, last) => {
        if (!text.includes(namespace))
            return;
        if (last === 'Identifier' || last === 'NextAction')
            return;
        const path = at.path();
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            const written = m[2] ?? '';
            let field = '';
            segmentPattern.lastIndex = 0;
            for (let s = segmentPattern.exec(written); s !== null; s = segmentPattern.exec(written))
                field += (field === '' ? '' : '.') + (s[1] ?? s[3] ?? '');
            reads.push({ action: action, field, text: m[0], path });
        }
    });
    for (let ai = 0, actionList = actions; ai < actionList.length; ai++) {
        const a = actionList[ai];
        if (only && !only[a.index])
            continue;
        action = a;
        walker.walk(a.parameters, a.path, PARAMETERS);
        const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
        const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? transitions['Conditions'] : undefined;
        if (Array.isArray(conditions))
            walker.walk(conditions, a.path, CONDITIONS);
    }
    return reads;
}
/** The field names a lookup block asks for: an array of names, or (some builders) an object of name → true. */
function responseFields(action) {
    const data = Object.hasOwn(action.parameters, 'ProfileResponseData') ? action.parameters['ProfileResponseData'] : undefined;
    if (Array.isArray(data))
        return data.filter((f) => typeof f === 'string');
    if (typeof data === 'object' && data !== null) {
        return Object.entries(data).filter(([, v]) => v === true || v === 'true' || v === 'True').map(([k]) => k);
    }
    if (typeof data === 'string')
        return data.split(',').map((s) => s.trim()).filter(Boolean);
    return [];
}
function isProfileLookup(action) {
    return action.spec?.profile === 'loads';
}
/** 1 for each node that is a profile lookup; worked out once per graph, since the data-flow asks per edge. */
function lookupNodes(graph) {
    return graph.memo('profileLookups', () => {
        const mask = new Uint8Array(graph.size);
        for (let n = 0; n < graph.size; n++)
            if (isProfileLookup(graph.flow.actions[n]))
                mask[n] = 1;
        return mask;
    });
}
/**
 * Whether `edge` provides the profile: a successful lookup is left by its NextAction and conditions; its error
 * branches load nothing. `lookups` is lookupNodes(graph), looked up once by the caller's loop.
 */
function isLookupSuccess(edge, lookups) {
    return edge.kind !== 'error' && lookups[edge.from] === 1;
}
/** True when `field` is readable after a lookup that requested `requested`. */
function fieldProvided(field, requested) {
    if (PROFILE_ALWAYS_PROVIDED.includes(field))
        return true;
    const f = field.toLowerCase();
    return requested.some((r) => {
        const q = r.toLowerCase();
        return f === q || f.startsWith(`${q}.`) || q.startsWith(`${f}.`);
    });
}
const ENTRY_PROFILE = -1;
/**
 * Numbers the flow's lookups for bit sets: bit k is the k-th lookup block in flow order, and the last bit is
 * ENTRY_PROFILE ("loaded before this flow began").
 */
class LookupIndex {
    nodes;
    bitOf;
    words;
    entryBit;
    constructor(graph) {
        const mask = lookupNodes(graph);
        this.bitOf = new Int32Array(graph.size).fill(-1);
        const nodes = [];
        for (let n = 0; n < graph.size; n++)
            if (mask[n])
                this.bitOf[n] = nodes.push(n) - 1;
        this.nodes = Int32Array.from(nodes);
        this.entryBit = nodes.length;
        this.words = (nodes.length >> 5) + 1;
    }
    single(bit) {
        const bits = new Uint32Array(this.words);
        bits[bit >> 5] = 1 << (bit & 31);
        return bits;
    }
    /** The node numbers in a bit set, ascending, ENTRY_PROFILE first. */
    nodesOf(bits) {
        const out = [];
        if (bits[this.entryBit >> 5] & (1 << (this.entryBit & 31)))
            out.push(ENTRY_PROFILE);
        for (let w = 0; w < bits.length; w++) {
            for (let word = bits[w]; word !== 0; word &= word - 1) {
                const bit = (w << 5) + (31 - Math.clz32(word & -word));
                if (bit !== this.entryBit)
                    out.push(this.nodes[bit]);
            }
        }
        return out;
    }
}
/**
 * The lookups that may have run last on some path to a block (a bit set, so joins cost a word per 32 lookups
 * however many there are), and whether every path ran one.
 */
class ProfileState {
    loaded;
    bits;
    index;
    list;
    constructor(loaded, bits, index) {
        this.loaded = loaded;
        this.bits = bits;
        this.index = index;
    }
    /** Node numbers of the lookups, ascending; ENTRY_PROFILE (first) stands for "loaded before this flow began". */
    get lookups() {
        return (this.list ??= this.index.nodesOf(this.bits));
    }
}
function isSubset(small, big) {
    for (let w = 0; w < small.length; w++)
        if ((small[w] & ~big[w]) !== 0)
            return false;
    return true;
}
function sameBits(a, b) {
    if (a === b)
        return true;
    for (let w = 0; w < a.length; w++)
        if (a[w] !== b[w])
            return false;
    return true;
}
/**
 * The profile state on entry to each block: "loaded" is a must-property (every path passed a successful
 * lookup), "lookups" a may-property (which lookup can be the last one). Together they answer both profile
 * policies.
 *
 * A successful lookup replaces whatever was loaded, and every other edge hands its state on unchanged. So
 * blocks that reach each other without passing a successful lookup share one state, and the state of such
 * a group (a strongly connected component of the graph without lookup successes) is the join of what enters
 * it: the successful lookups whose success edges lead into it, and the states of the groups before it. One
 * pass over the groups in topological order solves it exactly: no fixpoint, no re-visits, a word per 32
 * lookups per group (a worklist that re-ran a loop's body for each new lookup reaching its head was
 * quadratic in rounds: minutes on a 10,000-block flow).
 */
function profileStates(graph, loadedAtEntry) {
    // The policies and the repository pass ask for the same states: solved once per graph.
    return graph.memo(`profileStates\u0000${loadedAtEntry}`, () => solveProfileStates(graph, loadedAtEntry));
}
function lookupIndex(graph) {
    return graph.memo('lookupIndex', () => new LookupIndex(graph));
}
/** States are shared, never changed: a join returns an input when it adds nothing. */
function join(a, b, index) {
    if (a === undefined || a === b)
        return b;
    const loaded = a.loaded && b.loaded;
    if (isSubset(b.bits, a.bits))
        return loaded === a.loaded ? a : new ProfileState(loaded, a.bits, index);
    if (isSubset(a.bits, b.bits))
        return loaded === b.loaded ? b : new ProfileState(loaded, b.bits, index);
    const bits = new Uint32Array(a.bits.length);
    for (let w = 0; w < bits.length; w++)
        bits[w] = a.bits[w] | b.bits[w];
    return new ProfileState(loaded, bits, index);
}
function solveProfileStates(graph, loadedAtEntry) {
    const state = new Array(graph.size);
    if (graph.entry < 0)
        return state;
    const index = lookupIndex(graph);
    const lookups = lookupNodes(graph);
    const reachable = graph.reachable();
    const groups = components(graph, reachable, (e) => !isLookupSuccess(e, lookups));
    // Group numbers are topological: listing each group's members in order lets one pass visit them in order.
    const first = new Int32Array(groups.count + 1);
    for (let n = 0; n < graph.size; n++)
        if (groups.of[n] >= 0)
            first[groups.of[n] + 1]++;
    for (let g = 0; g < groups.count; g++)
        first[g + 1] += first[g];
    const members = new Int32Array(first[groups.count]);
    const fill = first.slice(0, groups.count);
    for (let n = 0; n < graph.size; n++)
        if (groups.of[n] >= 0)
            members[fill[groups.of[n]]++] = n;
    const afterLookup = [];
    const groupState = new Array(groups.count);
    const entry = loadedAtEntry ? new ProfileState(true, index.single(index.entryBit), index) : new ProfileState(false, new Uint32Array(index.words), index);
    const incoming = graph.in;
    for (let g = 0; g < groups.count; g++) {
        let s;
        for (let i = first[g]; i < first[g + 1]; i++) {
            const n = members[i];
            if (n === graph.entry)
                s = join(s, entry, index);
            for (let k = 0, edges = incoming[n]; k < edges.length; k++) {
                const e = edges[k];
                if (!reachable[e.from])
                    continue;
                if (isLookupSuccess(e, lookups))
                    s = join(s, (afterLookup[e.from] ??= new ProfileState(true, index.single(index.bitOf[e.from]), index)), index);
                else if (groups.of[e.from] !== g)
                    s = join(s, groupState[groups.of[e.from]], index);
            }
        }
        groupState[g] = s;
        for (let i = first[g]; i < first[g + 1]; i++)
            state[members[i]] = s;
    }
    return state;
}
/**
 * Which lookups request which names, lower-cased: `exact` by the name requested, `below` by each dotted
 * prefix of a requested name ("Attributes" for "Attributes.tier"). Built once per graph, so a field's lacking
 * set costs the lookups that name it, not a look at every lookup's list.
 */
function requestIndex(graph, index) {
    return graph.memo('requestIndex', () => {
        const exact = new Map();
        const below = new Map();
        const add = (map, key, bit) => {
            const list = map.get(key);
            if (!list)
                map.set(key, [bit]);
            else if (list[list.length - 1] !== bit)
                list.push(bit);
        };
        index.nodes.forEach((node, bit) => {
            for (const r of responseFields(graph.flow.actions[node])) {
                const q = r.toLowerCase();
                add(exact, q, bit);
                for (let dot = q.indexOf('.'); dot !== -1; dot = q.indexOf('.', dot + 1))
                    add(below, q.slice(0, dot), bit);
            }
        });
        return { exact, below };
    });
}
/**
 * The lookups among those that may have run last before `state` that do not provide `field` (ENTRY_PROFILE
 * when `entryFields` is given and lacks it). A bit set of the lookups lacking each field is made once per
 * field, so checking a read costs a word per 32 lookups, not a look at every lookup.
 */
function lookupsLacking(graph, state, field, entryFields) {
    const index = lookupIndex(graph);
    const lacking = graph.memo(`lacking\u0000${field}\u0000${entryFields === undefined ? '*' : entryFields.join('\u0000')}`, () => {
        const bits = new Uint32Array(index.words);
        if (PROFILE_ALWAYS_PROVIDED.includes(field))
            return bits;
        for (let bit = 0; bit < index.nodes.length; bit++)
            bits[bit >> 5] |= 1 << (bit & 31);
        // Clear the lookups that provide it (fieldProvided's rule, read off an index of requested names).
        const providers = requestIndex(graph, index);
        const f = field.toLowerCase();
        const clear = (list) => {
            if (list)
                for (const bit of list)
                    bits[bit >> 5] &= ~(1 << (bit & 31));
        };
        clear(providers.exact.get(f));
        clear(providers.below.get(f));
        for (let dot = f.indexOf('.'); dot !== -1; dot = f.indexOf('.', dot + 1))
            clear(providers.exact.get(f.slice(0, dot)));
        if (entryFields !== undefined && !fieldProvided(field, entryFields))
            bits[index.entryBit >> 5] |= 1 << (index.entryBit & 31);
        return bits;
    });
    let any = 0;
    for (let w = 0; w < lacking.length; w++)
        any |= state.bits[w] & lacking[w];
    if (any === 0)
        return [];
    const both = new Uint32Array(lacking.length);
    for (let w = 0; w < both.length; w++)
        both[w] = state.bits[w] & lacking[w];
    return index.nodesOf(both);
}
/**
 * The analysis is shared by the two profile policies (each flow is analysed once per option set). It is
 * kept on the graph itself rather than in a module-level WeakMap, so it dies with the flow's graph.
 */
function analyseProfile(graph, options) {
    const key = `profile\u0000${options.loadedAtEntry}\u0000${options.namespace}`;
    return graph.memo(key, () => computeProfileAnalysis(graph, options));
}
function computeProfileAnalysis(graph, options) {
    const reachable = graph.reachable();
    const actions = graph.flow.actions;
    const reads = profileReads(actions, options.namespace, reachable);
    const lookups = new Set(lookupIndex(graph).nodes);
    return { reads, lookups, states: reads.length > 0 ? profileStates(graph, options.loadedAtEntry) : [] };
}
/** Edges kept at each end of a long evidence path (the evidence shows 100 Identifiers at most). */
const PATH_KEEP = 50;
/** A shortest path from the entry to `node` that passes no successful lookup, by its ends. */
function pathWithoutProfile(analysis, graph, node) {
    if (graph.entry < 0)
        return undefined;
    const lookups = lookupNodes(graph);
    analysis.noProfileSearch ??= new ShortestPaths(graph, graph.entry, (e) => !isLookupSuccess(e, lookups), PATH_KEEP);
    if (!analysis.noProfileSearch.reached(node))
        return undefined;
    return analysis.noProfileSearch.ends(node);
}

;// CONCATENATED MODULE: ./src/core/json/scan.ts
/**
 * A JSON scanner that records where every value sits in the text.
 *
 * Values themselves come from the engine's JSON.parse, which is several times faster than any parser
 * written in JavaScript; this scanner runs only when a position is needed (a finding to place, a
 * syntax error to explain), so clean files never pay for it. It is iterative, not recursive, so a
 * hostile file nested 100,000 deep cannot overflow the stack.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function isWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function describeChar(text, i) {
    if (i >= text.length)
        return 'end of input';
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0x20)
        return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
    return `'${ch}'`;
}
/** Scans `text` as one JSON value and returns its position tree; throws JsonSyntaxError at the first defect. */
function indexJson(text) {
    const len = text.length;
    const stack = [];
    let root;
    let i = 0;
    const skipWhitespace = () => {
        while (i < len && isWhitespace(text.charCodeAt(i)))
            i++;
    };
    const scanString = () => {
        const start = i;
        i++;
        let escaped = false;
        for (;;) {
            if (i >= len)
                throw new JsonSyntaxError('unterminated string: add the closing "', start);
            const c = text.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (c === BACKSLASH) {
                escaped = true;
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                        throw new JsonSyntaxError('invalid \\u escape: it needs exactly four hex digits', i);
                    }
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e)) {
                    throw new JsonSyntaxError(`invalid escape "\\${e ?? ''}" in a string: JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX` +
                        (e === "'" ? " (write ' without the backslash)" : ''), i);
                }
                i += 2;
                continue;
            }
            if (c < 0x20)
                throw new JsonSyntaxError(`${describeChar(text, i)} inside a string: escape it (e.g. \\n, \\t)`, i);
            i++;
        }
        i++;
        const raw = text.slice(start + 1, i - 1);
        return escaped ? JSON.parse(text.slice(start, i)) : raw;
    };
    const scanNumber = () => {
        const start = i;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        if (text.charCodeAt(i) === 0x30)
            i++;
        else if (isDigit(text.charCodeAt(i)))
            while (isDigit(text.charCodeAt(i)))
                i++;
        else
            throw new JsonSyntaxError(`invalid number: expected a digit after '-', found ${describeChar(text, i)}`, i);
        if (text.charCodeAt(i) === 0x2e) {
            i++;
            if (!isDigit(text.charCodeAt(i)))
                throw new JsonSyntaxError('invalid number: expected a digit after the decimal point', i);
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            i++;
            const s = text.charCodeAt(i);
            if (s === 0x2b || s === 0x2d)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                throw new JsonSyntaxError('invalid number: expected a digit in the exponent', i);
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        if (i === start)
            throw new JsonSyntaxError('invalid number', start);
    };
    const attach = (node) => {
        const top = stack[stack.length - 1];
        if (!top)
            root = node;
        else if (top.isObject)
            top.node.members.set(top.key, node);
        else
            top.node.items.push(node);
    };
    const readKey = (frame) => {
        skipWhitespace();
        if (i >= len)
            throw new JsonSyntaxError("unexpected end of input: the JSON is truncated (missing '}')", i);
        if (text.charCodeAt(i) !== QUOTE) {
            throw new JsonSyntaxError(`expected a double-quoted property name, found ${describeChar(text, i)}` +
                (text[i] === '}' ? ' (remove the trailing comma before it)' : ''), i);
        }
        frame.keyStart = i;
        frame.key = scanString();
        skipWhitespace();
        if (i >= len)
            throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
        if (text[i] !== ':')
            throw new JsonSyntaxError(`expected ':' after the property name, found ${describeChar(text, i)}`, i);
        i++;
    };
    let expectValue = true;
    for (;;) {
        skipWhitespace();
        const top = stack[stack.length - 1];
        if (expectValue) {
            const c = text.charCodeAt(i);
            const start = i;
            const keyStart = top?.isObject ? top.keyStart : undefined;
            if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
                const isObject = c === 0x7b;
                const node = isObject
                    ? { start, end: -1, keyStart, members: new Map() }
                    : { start, end: -1, keyStart, items: [] };
                attach(node);
                i++;
                skipWhitespace();
                if (text.charCodeAt(i) === (isObject ? 0x7d : 0x5d)) {
                    i++;
                    node.end = i;
                    expectValue = false;
                    continue;
                }
                const frame = { node, isObject, key: '', keyStart: -1 };
                stack.push(frame);
                if (isObject)
                    readKey(frame);
                continue;
            }
            if (c === QUOTE)
                scanString();
            else if (c === 0x2d || isDigit(c))
                scanNumber();
            else if (text.startsWith('true', i))
                i += 4;
            else if (text.startsWith('false', i))
                i += 5;
            else if (text.startsWith('null', i))
                i += 4;
            else if (i >= len)
                throw new JsonSyntaxError('unexpected end of input: the JSON is truncated', i);
            else
                throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} where a value was expected`, i);
            attach({ start, end: i, keyStart });
            expectValue = false;
            continue;
        }
        if (!top) {
            if (i < len)
                throw new JsonSyntaxError(`unexpected ${describeChar(text, i)} after the end of the JSON value`, i);
            return root;
        }
        const c = text.charCodeAt(i);
        if (c === 0x2c /* , */) {
            i++;
            if (top.isObject)
                readKey(top);
            else {
                skipWhitespace();
                if (text[i] === ']')
                    throw new JsonSyntaxError("unexpected ']': remove the trailing comma before it", i);
            }
            expectValue = true;
            continue;
        }
        if (c === (top.isObject ? 0x7d : 0x5d)) {
            i++;
            top.node.end = i;
            stack.pop();
            continue;
        }
        if (i >= len)
            throw new JsonSyntaxError(`unexpected end of input: the JSON is truncated (missing '${top.isObject ? '}' : ']'}')`, i);
        throw new JsonSyntaxError(`expected ',' or '${top.isObject ? '}' : ']'}', found ${describeChar(text, i)}`, i);
    }
}
/** The node at `path`, or the deepest existing ancestor when part of the path is missing. */
function nodeAt(root, path) {
    let node = root;
    for (const key of path) {
        const next = typeof key === 'number' ? node.items?.[key] : node.members?.get(key);
        if (!next)
            break;
        node = next;
    }
    return node;
}
/** Deepest nesting a file may have: real flows nest about 10 levels; JSONPath engines recurse once per level. */
const MAX_JSON_DEPTH = 1000;
/**
 * How deep, in containers, object keys are checked for duplicates: the flow itself (1), its blocks (3), and
 * their Transitions and Parameters (4), where a repeated key silently changes routing or behaviour.
 */
const DUPLICATE_CHECK_DEPTH = 4;
/** Keys an object may have before they go into a hash table rather than being compared one by one. */
const FEW_KEYS = 16;
/**
 * One pass over valid JSON text: the offset where nesting passes `limit` (or -1), and the paths of object
 * keys that repeat an earlier key of the same object (JSON.parse keeps the last one silently).
 *
 * It runs on every file, so in the common case it allocates nothing per key: strings are jumped over with
 * indexOf, the container stack is typed arrays, and a key is kept as its offsets in the text and compared
 * there. Only an object with many keys (Metadata.ActionMetadata has one per block) gets a hash table, and
 * only a repeated key is ever turned into a string.
 */
/**
 * Keys of the objects nested less than DUPLICATE_CHECK_DEPTH deep in a parsed value. JSON.parse keeps one key
 * of each repeated set, so this equals a 'count' scan's shallowKeys exactly when no such object repeats a key:
 * the common case costs a count, and only a file with a repeat is scanned again to name it.
 */
function parsedShallowKeys(value) {
    let count = 0;
    const stack = [];
    const depths = [];
    if (typeof value === 'object' && value !== null) {
        stack.push(value);
        depths.push(0);
    }
    while (stack.length > 0) {
        const v = stack.pop();
        const depth = depths.pop();
        const isArray = Array.isArray(v);
        const keys = isArray ? undefined : Object.keys(v);
        if (keys)
            count += keys.length;
        // The deepest counted level needs only its own keys: nothing below it is compared.
        if (depth + 1 >= DUPLICATE_CHECK_DEPTH)
            continue;
        const n = keys ? keys.length : v.length;
        for (let k = 0; k < n; k++) {
            const child = keys ? v[keys[k]] : v[k];
            if (typeof child === 'object' && child !== null) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }
    return count;
}
function scanStructure(text, limit = MAX_JSON_DEPTH, keys = 'exact') {
    const exact = keys === 'exact';
    let shallowKeys = 0;
    const duplicates = [];
    let blockStarts = new Int32Array(64);
    let blockLines = new Int32Array(64);
    let blocks = 0;
    // JSON strings cannot hold a raw line break, so every one is whitespace between tokens, counted here.
    let line = 1;
    let inActions = false;
    const result = (tooDeepAt) => ({ tooDeepAt, duplicates, shallowKeys, blockStarts: blockStarts.subarray(0, blocks), blockLines: blockLines.subarray(0, blocks) });
    // Per open container (index = depth - 1): object or array, expecting a key, and its item index.
    const isObject = new Uint8Array(limit + 1);
    const expectKey = new Uint8Array(limit + 1);
    const index = new Int32Array(limit + 1);
    // Per open shallow object: its keys so far (offsets of their text, between the quotes), its last key, and
    // where the object sits in its parent (a key's offsets, or an item index with atEnd = -1).
    const table = new KeyTable(text);
    const keyStart = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyEnd = new Int32Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyEscaped = new Uint8Array(DUPLICATE_CHECK_DEPTH * FEW_KEYS);
    const keyCount = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const tableOf = new Int32Array(DUPLICATE_CHECK_DEPTH).fill(-1);
    const lastStart = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const lastEnd = new Int32Array(DUPLICATE_CHECK_DEPTH);
    const atStart = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
    const atEnd = new Int32Array(DUPLICATE_CHECK_DEPTH + 1);
    let depth = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
        const c = text.charCodeAt(i);
        // Whitespace first: it is most of a pretty-printed export outside its strings.
        if (c <= 0x20) {
            i++;
            if (c === 0x0a) {
                line++;
                // A pretty-printed line's indentation, in a loop of its own: it tiers up early and runs tighter.
                while (i < len && text.charCodeAt(i) === 0x20)
                    i++;
            }
            continue;
        }
        if (c === QUOTE) {
            const start = i;
            for (;;) {
                const q = text.indexOf('"', i + 1);
                if (q === -1)
                    return result(-1);
                i = q;
                if (text.charCodeAt(q - 1) !== BACKSLASH)
                    break;
                let backslashes = 1;
                while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
            }
            i++;
            const top = depth - 1;
            if (top >= 0 && expectKey[top] === 1) {
                expectKey[top] = 0;
                if (top < DUPLICATE_CHECK_DEPTH) {
                    const s = start + 1;
                    const e = i - 1;
                    shallowKeys++;
                    if (!exact) {
                        lastStart[top] = s;
                        lastEnd[top] = e;
                        continue;
                    }
                    let repeated = false;
                    const n = keyCount[top];
                    const esc = table.escaped(s, e);
                    if (tableOf[top] >= 0)
                        repeated = !table.add(tableOf[top], s, e, esc);
                    else {
                        const base = top * FEW_KEYS;
                        for (let k = 0; k < n && !repeated; k++)
                            repeated = table.equal(keyStart[base + k], keyEnd[base + k], keyEscaped[base + k] === 1, s, e, esc);
                        if (!repeated) {
                            if (n < FEW_KEYS) {
                                keyStart[base + n] = s;
                                keyEnd[base + n] = e;
                                keyEscaped[base + n] = esc ? 1 : 0;
                            }
                            else {
                                const handle = table.open();
                                for (let k = 0; k < n; k++)
                                    table.add(handle, keyStart[base + k], keyEnd[base + k], keyEscaped[base + k] === 1);
                                table.add(handle, s, e, esc);
                                tableOf[top] = handle;
                            }
                        }
                    }
                    if (!repeated)
                        keyCount[top] = n + 1;
                    else {
                        const path = [];
                        for (let d = 1; d < depth; d++)
                            path.push(atEnd[d] < 0 ? atStart[d] : table.text(atStart[d], atEnd[d]));
                        path.push(table.text(s, e));
                        duplicates.push(path);
                    }
                    lastStart[top] = s;
                    lastEnd[top] = e;
                }
            }
            continue;
        }
        if (c === 0x7b || c === 0x5b) {
            if (depth >= limit)
                return result(i);
            const parent = depth - 1;
            if (depth <= DUPLICATE_CHECK_DEPTH && parent >= 0) {
                atStart[depth] = isObject[parent] ? lastStart[parent] : index[parent];
                atEnd[depth] = isObject[parent] ? lastEnd[parent] : -1;
            }
            const obj = c === 0x7b ? 1 : 0;
            isObject[depth] = obj;
            expectKey[depth] = obj;
            index[depth] = 0;
            if (depth < DUPLICATE_CHECK_DEPTH) {
                keyCount[depth] = 0;
                if (tableOf[depth] >= 0)
                    table.close(tableOf[depth]);
                tableOf[depth] = -1;
            }
            if (depth === 1)
                inActions = obj === 0 && isObject[0] === 1 && atEnd[1] - atStart[1] === 7 && text.startsWith('Actions', atStart[1]);
            else if (depth === 2 && inActions) {
                if (blocks === blockStarts.length) {
                    const starts = new Int32Array(blocks * 2);
                    starts.set(blockStarts);
                    blockStarts = starts;
                    const lines = new Int32Array(blocks * 2);
                    lines.set(blockLines);
                    blockLines = lines;
                }
                blockStarts[blocks] = i;
                blockLines[blocks++] = line;
            }
            depth++;
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
        else if (c === 0x2c && depth > 0) {
            if (isObject[depth - 1] === 1)
                expectKey[depth - 1] = 1;
            else
                index[depth - 1]++;
        }
        i++;
    }
    return result(-1);
}
/**
 * Sets of object keys held as offsets into the text: open-addressing hash tables over typed arrays, so an
 * object of 20,000 keys costs a few array allocations, not 20,000 strings. Keys compare by their text; a
 * key written with escapes ("T\u0065xt") is decoded first, so it equals the plain spelling.
 */
class KeyTable {
    source;
    tables = [];
    constructor(source) {
        this.source = source;
    }
    /** A new, empty table; returns its handle. */
    open() {
        const handle = this.tables.findIndex((t) => t === undefined);
        const table = newTable(64);
        if (handle >= 0) {
            this.tables[handle] = table;
            return handle;
        }
        this.tables.push(table);
        return this.tables.length - 1;
    }
    close(handle) {
        this.tables[handle] = undefined;
    }
    /** Adds the key at [start, end); false when the table already holds an equal key. */
    add(handle, start, end, escaped) {
        let t = this.tables[handle];
        if ((t.size + 1) * 2 > t.slots.length)
            t = this.grow(handle);
        const mask = t.slots.length - 1;
        const h = this.hash(start, end, escaped);
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k = t.slots[slot];
            if (k < 0) {
                t.slots[slot] = t.size;
                t.starts[t.size] = start;
                t.ends[t.size] = end;
                t.escaped[t.size] = escaped ? 1 : 0;
                t.hashes[t.size] = h;
                t.size++;
                return true;
            }
            if (t.hashes[k] === h && this.equal(t.starts[k], t.ends[k], t.escaped[k] === 1, start, end, escaped))
                return false;
        }
    }
    /** Whether the keys at [aStart, aEnd) and [bStart, bEnd) (with their `escaped` flags) are the same string once decoded. */
    equal(aStart, aEnd, aEscaped, bStart, bEnd, bEscaped) {
        const text = this.source;
        if (aEscaped || bEscaped)
            return this.text(aStart, aEnd) === this.text(bStart, bEnd);
        if (aEnd - aStart !== bEnd - bStart)
            return false;
        for (let k = 0; k < aEnd - aStart; k++)
            if (text.charCodeAt(aStart + k) !== text.charCodeAt(bStart + k))
                return false;
        return true;
    }
    /** The key at [start, end) as a string, escapes decoded. */
    text(start, end) {
        const raw = this.source.slice(start, end);
        if (!this.escaped(start, end))
            return raw;
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            return raw;
        }
    }
    /** Whether the key at [start, end) is written with escapes. */
    escaped(start, end) {
        // A loop over the key, not indexOf: that would run on to the end of the text when the key has none.
        for (let k = start; k < end; k++)
            if (this.source.charCodeAt(k) === BACKSLASH)
                return true;
        return false;
    }
    /** FNV-1a over the decoded key's UTF-16 code units. */
    hash(start, end, escaped) {
        let h = 0x811c9dc5;
        if (escaped) {
            const key = this.text(start, end);
            for (let k = 0; k < key.length; k++)
                h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
        }
        else
            for (let k = start; k < end; k++)
                h = Math.imul(h ^ this.source.charCodeAt(k), 0x01000193);
        return h >>> 0;
    }
    /** Twice the slots; the keys are re-placed by their kept hashes (they are known distinct: no compares). */
    grow(handle) {
        const old = this.tables[handle];
        const t = newTable(old.slots.length * 2);
        const mask = t.slots.length - 1;
        t.starts.set(old.starts);
        t.ends.set(old.ends);
        t.escaped.set(old.escaped);
        t.hashes.set(old.hashes);
        for (let k = 0; k < old.size; k++) {
            let slot = old.hashes[k] & mask;
            while (t.slots[slot] >= 0)
                slot = (slot + 1) & mask;
            t.slots[slot] = k;
        }
        t.size = old.size;
        this.tables[handle] = t;
        return t;
    }
}
function newTable(slots) {
    return { slots: new Int32Array(slots).fill(-1), starts: new Int32Array(slots / 2), ends: new Int32Array(slots / 2), escaped: new Uint8Array(slots / 2), hashes: new Uint32Array(slots / 2), size: 0 };
}

;// CONCATENATED MODULE: ./src/core/json/locate.ts
/**
 * Finds many JSON paths in one pass over the text. Only the branches that lead to a requested path are
 * walked key by key; every other value is skipped with a scan that allocates nothing (strings are jumped
 * over with indexOf). So placing 100 findings in a 17 MB flow costs one fast scan, not a position tree of
 * the whole file. With `stopWhenFound` (for text known to repeat no key) the scan stops as soon as every
 * requested path has been found, so findings in the first blocks do not pay for the rest of the flow or its
 * Metadata. A path that does not exist resolves to its
 * deepest existing ancestor (which keeps the scan going to that ancestor's end).
 *
 * The text must be JSON that JSON.parse accepted; on anything else the scan still ends, without throwing.
 */
function locatePaths(text, paths, options = {}) {
    const root = { children: new Map() };
    // Requested nodes not yet found; at zero the rest of the text is of no interest, unless a key may repeat
    // later in the text (the last value counts, as in JSON.parse), which only the caller can rule out.
    let pending = 0;
    const stop = options.stopWhenFound === true;
    for (const path of paths) {
        let node = root;
        for (const key of path) {
            let next = node.children.get(key);
            if (!next)
                node.children.set(key, (next = { children: new Map() }));
            node = next;
        }
        if (!node.wanted) {
            node.wanted = true;
            pending++;
        }
    }
    const len = text.length;
    // `start`: the offset of the value the paths are relative to (a block of the flow), else the whole text.
    let i = options.start ?? 0;
    const skipWhitespace = () => {
        for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i))
            ;
    };
    /** i at an opening quote → i just past the closing quote. */
    const skipString = () => {
        let j = i + 1;
        for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1) {
                i = len;
                return;
            }
            let backslashes = 0;
            while (text.charCodeAt(q - 1 - backslashes) === 0x5c)
                backslashes++;
            if (backslashes % 2 === 0) {
                i = q + 1;
                return;
            }
            j = q + 1;
        }
    };
    const readString = () => {
        const start = i;
        skipString();
        const raw = text.slice(start + 1, i - 1);
        if (!raw.includes('\\'))
            return raw;
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return raw;
        }
    };
    const skipValue = () => {
        const c = text.charCodeAt(i);
        if (c === 0x22)
            return skipString();
        if (c !== 0x7b && c !== 0x5b) {
            while (i < len) {
                const d = text.charCodeAt(i);
                if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09)
                    break;
                i++;
            }
            return;
        }
        let depth = 0;
        while (i < len) {
            const d = text.charCodeAt(i);
            if (d === 0x22) {
                skipString();
                continue;
            }
            if (d === 0x7b || d === 0x5b)
                depth++;
            else if (d === 0x7d || d === 0x5d) {
                depth--;
                if (depth === 0) {
                    i++;
                    return;
                }
            }
            i++;
        }
    };
    // Recursion follows only the trie, whose depth is that of the longest requested path.
    const visit = (node, keyStart) => {
        const start = i;
        const c = text.charCodeAt(i);
        if (node.children.size > 0 && (c === 0x7b || c === 0x5b)) {
            const isObject = c === 0x7b;
            const close = isObject ? 0x7d : 0x5d;
            i++;
            for (let index = 0; i < len; index++) {
                skipWhitespace();
                if (text.charCodeAt(i) === close)
                    break;
                let memberKeyStart;
                let child;
                if (isObject) {
                    memberKeyStart = i;
                    const key = readString();
                    skipWhitespace();
                    i++; // ':'
                    skipWhitespace();
                    child = node.children.get(key);
                }
                else
                    child = node.children.get(index);
                if (child)
                    visit(child, memberKeyStart);
                else
                    skipValue();
                if (pending === 0 && stop)
                    break;
                skipWhitespace();
                if (text.charCodeAt(i) === 0x2c)
                    i++;
                else
                    break;
            }
            i++; // the closing bracket
        }
        else
            skipValue();
        // Once nothing is pending, the containers being left were not scanned to their end; no request
        // resolves to them (every requested path was found below them), so their `end` is never read.
        if (node.wanted && node.at === undefined)
            pending--;
        node.at = { keyStart, start, end: Math.min(i, len) };
    };
    skipWhitespace();
    if (i < len)
        visit(root, undefined);
    return paths.map((path) => {
        let node = root;
        let found = root.at ?? { keyStart: undefined, start: 0, end: 0 };
        for (const key of path) {
            const next = node.children.get(key);
            if (!next?.at)
                break;
            node = next;
            found = next.at;
        }
        return found;
    });
}

;// CONCATENATED MODULE: ./src/core/source/document.ts

/**
 * Resolves JSON paths of a flow to file ranges. The flow's text is the file itself for a raw export, or
 * the decoded `Content` string for a wrapper; `toFileOffsets` maps the latter back into the file.
 */
class TextLocator {
    flowText;
    lines;
    toFileOffsets;
    prefix;
    structure;
    constructor(flowText, lines, toFileOffsets = (o) => [...o], 
    /** Path of the flow inside the text, when the flow is an object nested in a wrapper. */
    prefix = [], 
    /**
     * Given when no object key repeats where the structure scan looks (the flow, its blocks, their
     * Transitions and Parameters): a lookup may then start at the block a path is in, and stop once it has
     * found what it was asked for, instead of scanning on for a later, winning, copy of a key.
     */
    structure) {
        this.flowText = flowText;
        this.lines = lines;
        this.toFileOffsets = toFileOffsets;
        this.prefix = prefix;
        this.structure = structure;
    }
    ranges(requests) {
        if (requests.length === 0)
            return [];
        const located = this.structure && this.prefix.length === 0 ? this.locateByBlock(requests.map((r) => r.path), this.structure.blockStarts) : locatePaths(this.flowText, requests.map((r) => (this.prefix.length > 0 ? [...this.prefix, ...r.path] : r.path)), { stopWhenFound: this.structure !== undefined });
        const offsets = [];
        located.forEach((l, k) => {
            offsets.push(requests[k].part !== 'value' && l.keyStart !== undefined ? l.keyStart : l.start, l.end);
        });
        const positions = this.lines.positions(this.toFileOffsets(offsets));
        return requests.map((_, k) => ({ start: positions[2 * k], end: positions[2 * k + 1] }));
    }
    /**
     * Paths inside a block are looked up from the block's own start (a finding in block 19,000 of a flow
     * does not scan the 18,999 before it); the others with one scan of the whole text.
     */
    locateByBlock(paths, blockStarts) {
        const out = new Array(paths.length);
        const byBlock = new Map();
        const rest = [];
        paths.forEach((p, k) => {
            const block = p[1];
            if (p[0] === 'Actions' && typeof block === 'number' && block >= 0 && block < blockStarts.length) {
                const list = byBlock.get(block);
                if (list)
                    list.push(k);
                else
                    byBlock.set(block, [k]);
            }
            else
                rest.push(k);
        });
        for (const [block, ks] of byBlock) {
            const found = locatePaths(this.flowText, ks.map((k) => paths[k].slice(2)), { stopWhenFound: true, start: blockStarts[block] });
            ks.forEach((k, n) => (out[k] = found[n]));
        }
        if (rest.length > 0) {
            const found = locatePaths(this.flowText, rest.map((k) => paths[k]), { stopWhenFound: true });
            rest.forEach((k, n) => (out[k] = found[n]));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/source/placeholders.ts
/**
 * Template placeholders in a flow's JSON: CloudFormation `Fn::Sub` variables (`${QueueArn}`,
 * `${AWS::Region}`, `${Lambda.Arn}`) and Terraform `templatefile()` interpolations (`${queue_arn}`,
 * `${jsonencode(x)}`). In practice they sit inside JSON strings and need nothing. One written where a value
 * belongs (`"Timeout": ${timeout}`) is replaced with a JSON value of exactly the same length, so the text
 * parses and every offset (and so every finding's line and column) stays where it was.
 */
/** Longest `${...}` taken as one placeholder; past that the brace is left alone. */
const MAX_PLACEHOLDER = 4096;
/** Index just past the `}` that closes the placeholder whose body starts at `from`, or -1. */
function placeholderEnd(text, from) {
    let depth = 1;
    const stop = Math.min(text.length, from + MAX_PLACEHOLDER);
    for (let i = from; i < stop; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x7b)
            depth++;
        else if (c === 0x7d) {
            if (--depth === 0)
                return i + 1;
        }
        else if (c === 0x22) {
            // A string inside a Terraform expression: ${jsonencode("a}")}
            for (i++; i < stop && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c)
                    i++;
        }
    }
    return -1;
}
const UNSAFE_IN_STRING = /[\u0000-\u001f"\\]/;
/** A JSON value as long as `placeholder`, for a placeholder written where a value belongs. */
function valueStandIn(placeholder) {
    const inner = placeholder.slice(2, -1);
    // `${timeout}` → `"$timeout"`: a string, readable in messages, exactly as long.
    if (!UNSAFE_IN_STRING.test(inner))
        return `"$${inner}"`;
    // A multi-line expression: a number, then whitespace that keeps its line breaks.
    if (/[\r\n]/.test(inner))
        return '0' + placeholder.slice(1).replace(/[^\r\n]/g, ' ');
    return `"${'_'.repeat(placeholder.length - 2)}"`;
}
/**
 * Returns `text` with every placeholder that would break JSON replaced by a same-length stand-in: one
 * outside strings becomes a JSON value, one inside a string that holds quotes or backslashes becomes `$___`.
 * Returns undefined when nothing needed replacing.
 */
function standInPlaceholders(text) {
    const parts = [];
    let copied = 0;
    const replace = (start, end, by) => {
        parts.push(text.slice(copied, start), by);
        copied = end;
    };
    const n = text.length;
    let i = text.indexOf('${') === -1 ? n : 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            for (i++; i < n;) {
                const d = text.charCodeAt(i);
                if (d === 0x5c)
                    i += 2;
                else if (d === 0x22) {
                    i++;
                    break;
                }
                else if (d === 0x0a)
                    break; // unterminated: let the parser say so
                else if (d === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
                    const end = placeholderEnd(text, i + 2);
                    if (end < 0) {
                        i++;
                        continue;
                    }
                    const body = text.slice(i, end);
                    if (UNSAFE_IN_STRING.test(body.slice(2, -1)) && !/[\r\n]/.test(body))
                        replace(i, end, '$' + '_'.repeat(body.length - 1));
                    i = end;
                }
                else
                    i++;
            }
            continue;
        }
        if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
            const end = placeholderEnd(text, i + 2);
            if (end > 0) {
                replace(i, end, valueStandIn(text.slice(i, end)));
                i = end;
                continue;
            }
        }
        i++;
    }
    if (parts.length === 0)
        return undefined;
    parts.push(text.slice(copied));
    return parts.join('');
}
/**
 * True when a value is filled in later and cannot be checked before deploy: a contact attribute (`$.Attributes.x`)
 * or a deploy-time placeholder of any templating in use (`${x}`, `%%x%%`, `%x%`, `{{x}}`). Rules treat every
 * kind alike, whatever parameter holds it.
 */
function isFilledLater(text) {
    return text.includes('$') || /%%[^%\s]{1,200}%%|%[A-Za-z_][\w.-]{0,199}%|\{\{[^{}]{1,200}\}\}/.test(text);
}

;// CONCATENATED MODULE: ./src/core/source/shape.ts




function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function own(o, key) {
    return Object.hasOwn(o, key) ? o[key] : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** A flow-language export: the shape every Amazon Connect designer since 2020 writes. */
function looksLikeFlow(v) {
    return isObject(v) && (Array.isArray(own(v, 'Actions')) || typeof own(v, 'StartAction') === 'string');
}
function looksLikeLegacyFlow(v) {
    return isObject(v) && Array.isArray(own(v, 'modules')) && (own(v, 'start') !== undefined || own(v, 'type') !== undefined);
}
/** A flow module's export: top-level `Settings` declaring its InputParameters/OutputParameters. */
function looksLikeModule(v) {
    const settings = isObject(v) ? own(v, 'Settings') : undefined;
    return isObject(settings) && (own(settings, 'InputParameters') !== undefined || own(settings, 'OutputParameters') !== undefined);
}
/** The flow type a flow's own content implies: MODULE for a module export, else nothing. */
function contentFlowType(flow) {
    return looksLikeModule(flow) ? MODULE_FLOW_TYPE : undefined;
}
function flowName(flow) {
    const metadata = own(flow, 'Metadata');
    return isObject(metadata) ? str(own(metadata, 'name')) : undefined;
}
function describeNonFlow(value) {
    if (!isObject(value))
        return `its top level is ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not a flow object`;
    const keys = Object.keys(value).slice(0, 5);
    return `it has no "Actions" array or "StartAction" (top-level keys: ${keys.join(', ') || 'none'}) and no "Content" string holding a flow`;
}
const LEGACY_MESSAGE = 'this is a legacy flow-designer export ("modules"/"branches"), which the linter cannot check: open the flow in the current Amazon Connect designer and export it again';
function syntaxErrorAt(text, parseError) {
    try {
        indexJson(text);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return { offset: e.offset, message: e.message };
    }
    // The engine rejected what our scanner accepts: keep the engine's words and, if it gives one, its position.
    const message = parseError instanceof Error ? parseError.message : String(parseError);
    const m = /at position (\d+)/.exec(message);
    return { offset: m ? Number(m[1]) : 0, message: message.replace(/\s*in JSON at position.*$/, '') };
}
/**
 * Parses JSON text. When `placeholders` is set and the text does not parse as it is, template placeholders
 * (`${X}`) that break it are replaced with same-length stand-ins and the text is parsed again; the text that
 * parsed is returned, so paths are located in it (its offsets are those of the original).
 */
function parseJson(text, placeholders) {
    // Hostile nesting is refused before any engine sees it: JSON.parse and JSONPath recurse once per level.
    const structure = scanStructure(text, MAX_JSON_DEPTH, 'count');
    if (structure.tooDeepAt !== -1)
        return { ok: false, offset: structure.tooDeepAt, message: `the JSON is nested deeper than ${MAX_JSON_DEPTH} levels (a flow nests about 10), so it was not linted` };
    // Repeated keys are counted, not compared: JSON.parse keeps one of each, so a shortfall in the parsed value
    // means a repeat, and only then is the text scanned again to name each one (a third of the scan's time).
    const repeats = (value, source) => parsedShallowKeys(value) === structure.shallowKeys ? [] : scanStructure(source).duplicates;
    try {
        const value = JSON.parse(text);
        return { ok: true, value, text, duplicates: repeats(value, text), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
    }
    catch (e) {
        const substituted = placeholders ? standInPlaceholders(text) : undefined;
        if (substituted === undefined)
            return { ok: false, ...syntaxErrorAt(text, e) };
        try {
            // Stand-ins keep every offset, so the nesting and block starts found above still hold.
            const value = JSON.parse(substituted);
            return { ok: true, value, text: substituted, duplicates: repeats(value, substituted), blockStarts: structure.blockStarts, blockLines: structure.blockLines };
        }
        catch (e2) {
            return { ok: false, ...syntaxErrorAt(substituted, e2) };
        }
    }
}
/**
 * What lets finding placement start at a block and stop early: only for text with no repeated key, and only
 * when every item of "Actions" is a block (the scan records containers, so a stray string would shift them).
 */
function fastLookup(parsed, flow) {
    if (parsed.duplicates.length > 0)
        return undefined;
    const actions = isObject(flow) ? own(flow, 'Actions') : undefined;
    return { blockStarts: Array.isArray(actions) && actions.length === parsed.blockStarts.length ? parsed.blockStarts : new Int32Array(0) };
}
/** Parses a flow held in a string and points everything found in it back into the file. */
function readEmbeddedFlow(file, lines, src) {
    const rangeAt = (inner) => {
        const [o = 0] = src.toFile([inner]);
        return { start: lines.position(o), end: lines.position(o + 1) };
    };
    const parsed = parseJson(src.content, src.placeholders);
    if (!parsed.ok) {
        return { kind: 'problem', problem: { ruleId: 'parse-error', message: `the flow in ${src.label} is not valid JSON: ${parsed.message}`, range: rangeAt(parsed.offset) } };
    }
    const inner = parsed.value;
    if (!looksLikeFlow(inner)) {
        if (looksLikeLegacyFlow(inner))
            return { kind: 'legacy', problem: { ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: rangeAt(parsed.text.search(/\S/)) } };
        return { kind: 'not-a-flow', reason: describeNonFlow(inner), range: rangeAt(parsed.text.search(/\S/)) };
    }
    const locator = new TextLocator(parsed.text, lines, src.toFile, [], fastLookup(parsed, inner));
    const flowType = src.flowType ?? contentFlowType(inner);
    return {
        kind: 'flow',
        flow: {
            file,
            value: inner,
            name: src.name ?? flowName(inner),
            ...(flowType !== undefined ? { flowType } : {}),
            ...(src.identifiers && src.identifiers.length > 0 ? { identifiers: src.identifiers } : {}),
            ...(src.substitutions ? { substitutions: src.substitutions } : {}),
            ...(parsed.duplicates.length > 0 ? { duplicateKeys: parsed.duplicates } : {}),
            ranges: (r) => locator.ranges(r),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/model/flow.ts



/**
 * One outgoing route of a block, and the routing graph's edge when its target exists. Its label and JSON path
 * are worked out only when a message or a picture needs them: a large flow has tens of thousands of
 * transitions and almost none is ever reported.
 */
class Transition {
    from;
    kind;
    target;
    actionPath;
    listIndex;
    detail;
    /** Node (action index) of the target block; -1 when no block has the target Identifier. Set by buildFlow. */
    to = -1;
    constructor(
    /** Node (action index) of the block the transition leaves. */
    from, kind, target, 
    /** Path of the block in the flow document. */
    actionPath, 
    /** Position in Transitions.Conditions / Transitions.Errors; -1 for NextAction. */
    listIndex, 
    /** For errors, the ErrorType; for conditions, the raw Condition. */
    detail) {
        this.from = from;
        this.kind = kind;
        this.target = target;
        this.actionPath = actionPath;
        this.listIndex = listIndex;
        this.detail = detail;
        this.errorType = kind === 'error' ? (typeof detail === 'string' ? detail : 'error') : undefined;
    }
    /** For errors, the ErrorType (rules compare it for every block, so it is worked out once). */
    errorType;
    /** What a reviewer reads on the edge: "next", the condition ("Equals 1"), or the error type. */
    get label() {
        if (this.kind === 'next')
            return 'next';
        if (this.kind === 'error')
            return this.errorType;
        return conditionLabel(this.detail);
    }
    /** Where the transition's NextAction sits in the flow document. */
    get path() {
        const t = [...this.actionPath, 'Transitions'];
        if (this.kind === 'next')
            return [...t, 'NextAction'];
        return [...t, this.kind === 'error' ? 'Errors' : 'Conditions', this.listIndex, 'NextAction'];
    }
}
function kindOf(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
/** Real exports write operands as strings; hand-written IaC sometimes as numbers or booleans. */
function scalarText(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v) ?? '';
}
function conditionLabel(condition) {
    if (!isObject(condition))
        return 'condition';
    const operator = scalarText(own(condition, 'Operator') ?? '');
    const operands = own(condition, 'Operands');
    const values = Array.isArray(operands) ? operands.map(scalarText).join(', ') : scalarText(operands ?? '');
    return `${operator} ${values}`.trim() || 'condition';
}
/**
 * Builds the flow model from a parsed export. Never throws: a field of the wrong type is recorded as a
 * structure problem with its path and the rest of the flow is still modelled.
 */
function buildFlow(doc) {
    const problems = [];
    const value = doc.value;
    const start = own(value, 'StartAction');
    if (start !== undefined && typeof start !== 'string') {
        problems.push({ path: ['StartAction'], message: `"StartAction" must be a string (the Identifier of the first block), not ${kindOf(start)}` });
    }
    const metadata = own(value, 'Metadata');
    const actionMetadata = isObject(metadata) ? own(metadata, 'ActionMetadata') : undefined;
    const designer = isObject(actionMetadata) ? actionMetadata : undefined;
    const rawActions = own(value, 'Actions');
    const actions = [];
    const byId = new Map();
    if (rawActions !== undefined && !Array.isArray(rawActions)) {
        problems.push({ path: ['Actions'], message: `"Actions" must be an array of blocks, not ${kindOf(rawActions)}` });
    }
    const list = Array.isArray(rawActions) ? rawActions : [];
    for (let i = 0; i < list.length; i++) {
        const raw = list[i];
        const path = ['Actions', i];
        if (!isObject(raw)) {
            problems.push({ path, message: `block ${i} of "Actions" must be an object, not ${kindOf(raw)}` });
            continue;
        }
        const id = own(raw, 'Identifier');
        if (typeof id !== 'string' || id === '') {
            problems.push({ path: id === undefined ? path : [...path, 'Identifier'], message: `block ${i} of "Actions" has no "Identifier" string: every block needs a unique Identifier` });
            continue;
        }
        const type = own(raw, 'Type');
        if (typeof type !== 'string' || type === '') {
            problems.push({ path: type === undefined ? [...path, 'Identifier'] : [...path, 'Type'], blockId: id, message: `block "${id}" has no "Type" string: set the action type, e.g. "MessageParticipant"` });
        }
        const params = own(raw, 'Parameters');
        if (params !== undefined && !isObject(params)) {
            problems.push({ path: [...path, 'Parameters'], blockId: id, message: `"Parameters" of block "${id}" must be an object, not ${kindOf(params)}` });
        }
        const action = {
            index: actions.length,
            id,
            type: typeof type === 'string' ? type : '',
            parameters: isObject(params) ? params : {},
            transitions: readTransitions(raw, actions.length, path, id, problems),
            path,
            raw,
            designer,
            spec: typeof type === 'string' ? actionSpec(type) : undefined,
        };
        actions.push(action);
        if (!byId.has(id))
            byId.set(id, action);
    }
    // Targets resolve once every Identifier is known (a transition may lead to a later block).
    for (let a = 0; a < actions.length; a++) {
        const transitions = actions[a].transitions;
        for (let k = 0; k < transitions.length; k++) {
            const t = transitions[k];
            const target = byId.get(t.target);
            if (target)
                t.to = target.index;
        }
    }
    for (const path of doc.duplicateKeys ?? []) {
        const key = String(path[path.length - 1]);
        const where = path.length > 1 ? ` in ${path.slice(0, -1).map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')}` : '';
        problems.push({ path, message: `the key "${key}"${where} appears twice: JSON keeps only the last value, so the first is silently ignored. Remove or rename one.` });
    }
    const flowType = resolveFlowType(doc.flowType, isObject(metadata) ? own(metadata, 'type') : undefined);
    return { doc, startAction: typeof start === 'string' ? start : undefined, actions, byId, structureProblems: problems, flowType };
}
/** A block's designer metadata (`Metadata.ActionMetadata[id]`), if any. */
function blockMetadata(action) {
    if (!action.designer)
        return undefined;
    const md = own(action.designer, action.id);
    return isObject(md) ? md : undefined;
}
const TRANSITION_LISTS = [
    ['Conditions', 'condition', 'Condition'],
    ['Errors', 'error', 'ErrorType'],
];
/** A NextAction's target; "" is how transfer blocks say "no next block". Anything but a string is a problem. */
function targetOf(v, id, problems, actionPath, list, entry) {
    if (v === undefined || v === '')
        return undefined;
    if (typeof v === 'string')
        return v;
    const path = list === undefined ? [...actionPath, 'Transitions', 'NextAction'] : [...actionPath, 'Transitions', list, entry, 'NextAction'];
    problems.push({ path, blockId: id, message: `"NextAction" of block "${id}" must be a string Identifier, not ${kindOf(v)}` });
    return undefined;
}
/** Reads a block's Transitions. Runs once per block of every flow, so the clean path allocates only the Transitions. */
function readTransitions(raw, index, actionPath, id, problems) {
    const out = [];
    const t = own(raw, 'Transitions');
    if (t === undefined)
        return out;
    if (!isObject(t)) {
        problems.push({ path: [...actionPath, 'Transitions'], blockId: id, message: `"Transitions" of block "${id}" must be an object, not ${kindOf(t)}` });
        return out;
    }
    const nextRaw = own(t, 'NextAction');
    const next = typeof nextRaw === 'string' && nextRaw !== '' ? nextRaw : targetOf(nextRaw, id, problems, actionPath);
    if (next !== undefined)
        out.push(new Transition(index, 'next', next, actionPath, -1));
    for (let n = 0; n < TRANSITION_LISTS.length; n++) {
        const spec = TRANSITION_LISTS[n];
        const key = spec[0];
        const kind = spec[1];
        const detail = spec[2];
        const list = own(t, key);
        if (list === undefined)
            continue;
        if (!Array.isArray(list)) {
            problems.push({ path: [...actionPath, 'Transitions', key], blockId: id, message: `"Transitions.${key}" of block "${id}" must be an array, not ${kindOf(list)}` });
            continue;
        }
        for (let j = 0; j < list.length; j++) {
            const entry = list[j];
            if (!isObject(entry)) {
                problems.push({ path: [...actionPath, 'Transitions', key, j], blockId: id, message: `entry ${j} of "Transitions.${key}" of block "${id}" must be an object, not ${kindOf(entry)}` });
                continue;
            }
            const raw = own(entry, 'NextAction');
            const to = typeof raw === 'string' && raw !== '' ? raw : targetOf(raw, id, problems, actionPath, key, j);
            if (to === undefined)
                continue;
            out.push(new Transition(index, kind, to, actionPath, j, own(entry, detail)));
        }
    }
    return out;
}
/** A short human label for a block: what a reviewer would call it in the designer. */
function blockLabel(action) {
    const detail = blockDetail(action);
    return detail ? `${action.type}: ${detail}` : action.type || action.id;
}
/** What a block is about in a few words (its text, compared value, attributes, queue, flow…), or undefined. */
function blockDetail(action) {
    const p = action.parameters;
    const pick = (k) => {
        const v = Object.hasOwn(p, k) ? p[k] : undefined;
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const md = blockMetadata(action);
    const mdText = (k) => {
        const v = md && Object.hasOwn(md, k) ? md[k] : undefined;
        if (typeof v === 'string')
            return v;
        if (isObject(v) && typeof v['text'] === 'string')
            return v['text'];
        return undefined;
    };
    const attributes = Object.hasOwn(p, 'Attributes') && isObject(p['Attributes']) ? Object.keys(p['Attributes']).join(', ') : undefined;
    const detail = pick('Text') ?? pick('ComparisonValue') ?? (attributes || undefined) ?? mdText('queue') ?? mdText('ContactFlow') ?? mdText('contactFlowModuleName') ??
        pick('QueueId') ?? pick('ContactFlowId') ?? pick('FlowModuleId') ?? pick('LambdaFunctionARN') ?? pick('FlowLoggingBehavior') ?? undefined;
    if (!detail)
        return undefined;
    return detail.length > 40 ? `${detail.slice(0, 37)}...` : detail;
}

;// CONCATENATED MODULE: ./src/core/rules/describe.ts

/** The longest first line of a finding's message: one sentence, what is wrong, where, how to fix it. */
const MESSAGE_MAX = 200;
/** A user-controlled string cut to `max` characters with an ellipsis, so a long name cannot blow a message. */
function clip(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
/**
 * An Identifier as a message shows it: a UUID by its first 8 characters (enough to find it in the file and
 * in the evidence, which keeps the whole one), any other by at most `max` characters.
 */
function shortId(id, max = 12) {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : clip(id, max);
}
const DETAIL = [
    { label: 30, text: 40, id: 20 },
    { label: 16, text: 20, id: 12 },
    { label: 0, text: 12, id: 12 },
];
function names(d, level) {
    const ref = (a) => {
        const label = d.label > 0 ? blockLabel(a) : a.type;
        if (label === '' || label === a.id)
            return `"${shortId(a.id, d.id)}"`;
        return `"${clip(label, d.label > 0 ? d.label : 16)}" (${shortId(a.id, d.id)})`;
    };
    return {
        level,
        ref,
        typed: (a) => (d.label === 0 || blockLabel(a).startsWith(a.type) ? ref(a) : `${clip(a.type, 30)} ${ref(a)}`),
        text: (value, share = 1) => clip(value, Math.max(8, Math.round(d.text * share))),
    };
}
/**
 * A message built at the most detail that keeps it within MESSAGE_MAX: block labels and quoted strings are
 * cut shorter, then labels left out, until the sentence fits (real flows fit at the first level; the others
 * are for names long enough to crowd out what the message must say).
 */
function fitMessage(build) {
    let message = '';
    for (let level = 0; level < DETAIL.length; level++) {
        message = build(names(DETAIL[level], level));
        if (message.length <= MESSAGE_MAX)
            return message;
    }
    return message;
}
const FULL = names(DETAIL[0], 0);
/** How messages name a block: its label (cut) and a short form of its Identifier; the evidence keeps the whole one. */
function blockRef(action) {
    return FULL.ref(action);
}
/** A block named with its type when its label does not already say it: `CreateCustomerProfile "New customer" (id)`. */
function typedBlockRef(action) {
    return FULL.typed(action);
}
/** The Identifiers along a path, for the finding's evidence. */
function pathIds(graph, path, from = graph.entry) {
    const { head, skipped, tail } = ends(path);
    const id = (e) => graph.flow.actions[e.to].id;
    // Evidence is for reading, not for replaying: keep the ends of a very long path.
    if (skipped === 0) {
        const ids = [graph.flow.actions[from].id, ...head.map(id), ...tail.map(id)];
        return ids.length <= MAX_EVIDENCE ? ids : [...ids.slice(0, MAX_EVIDENCE / 2), '…', ...ids.slice(-MAX_EVIDENCE / 2)];
    }
    // The ends were kept for this: at least MAX_EVIDENCE / 2 edges each side (ShortestPaths' keep).
    const first = [graph.flow.actions[from].id, ...head.map(id)].slice(0, MAX_EVIDENCE / 2);
    return [...first, '…', ...tail.map(id).slice(-MAX_EVIDENCE / 2)];
}
function ends(path) {
    return Array.isArray(path) ? { head: path, skipped: 0, tail: [] } : path;
}
const MAX_EVIDENCE = 100;
const MAX_CANDIDATES = 2000;
/**
 * Edits within which a missing block Identifier is taken for a typo of an existing one. Identifiers are
 * mostly UUIDs: a third of their length (closest()'s default, 12 edits) would offer an unrelated block and
 * costs a full edit-distance table per block, while a typo or a few cut-off characters are a few edits.
 */
const IDENTIFIER_TYPO_EDITS = 4;
/** Levenshtein distance, capped: used to suggest the closest known name in messages. */
function describe_closest(word, candidates, maxDistance = Math.max(3, Math.floor(word.length / 3))) {
    // A real flow has at most 250 blocks and a config a few dozen rules; past a few thousand candidates a
    // suggestion costs more than it helps (each is an edit-distance computation), so none is offered.
    const list = Array.isArray(candidates) ? candidates : [...candidates];
    if (list.length > MAX_CANDIDATES)
        return undefined;
    let best;
    let bestDistance = maxDistance + 1;
    const lower = word.toLowerCase();
    for (const c of list) {
        if (Math.abs(c.length - word.length) >= bestDistance)
            continue;
        const other = c.toLowerCase();
        // A bound of the edit distance from the characters the two do not share costs one pass, not a table:
        // most candidates (other UUIDs) are ruled out here.
        if (bagDistance(lower, other) >= bestDistance)
            continue;
        const d = distance(lower, other, bestDistance);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** Character counts by UTF-16 code unit, zero between uses: bagDistance counts up, then back down. */
let bag;
/**
 * max(characters of `a` not in `b`, characters of `b` not in `a`), as multisets: each edit fixes at most one
 * of each, so no edit sequence shorter than this turns one string into the other.
 */
function bagDistance(a, b) {
    bag ??= new Int32Array(0x10000);
    for (let i = 0; i < a.length; i++)
        bag[a.charCodeAt(i)]++;
    let extra = 0;
    for (let i = 0; i < b.length; i++) {
        const c = b.charCodeAt(i);
        if (bag[c] > 0)
            bag[c]--;
        else
            extra++;
    }
    // What is left of `a`'s counts is what `b` lacks; reading it also puts the table back to zero.
    let missing = 0;
    for (let i = 0; i < a.length; i++) {
        const c = a.charCodeAt(i);
        missing += bag[c];
        bag[c] = 0;
    }
    return Math.max(extra, missing);
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
/** Levenshtein distance with two reused rows; stops as soon as every entry of a row reaches `cap`. */
function distance(a, b, cap) {
    if (rowA.length <= b.length) {
        rowA = new Int32Array(b.length + 1);
        rowB = new Int32Array(b.length + 1);
    }
    let prev = rowA;
    let cur = rowB;
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        let rowMin = i;
        const ca = a.charCodeAt(i - 1);
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
            cur[j] = v;
            if (v < rowMin)
                rowMin = v;
        }
        if (rowMin >= cap)
            return cap;
        [prev, cur] = [cur, prev];
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/core/rules/functions/profile-lookup-before-use.ts



const PROFILE_OPTIONS = {
    profileLoadedAtEntry: {
        type: 'boolean',
        description: 'the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)',
    },
    namespace: { type: 'string', description: 'attribute namespace that holds profile data (default "Customer")' },
};
/** The profile block whose error branch the path took last (of the edges the path kept), if any. */
function lastFailedProfileBlock(graph, path) {
    for (const part of [path.tail, path.head]) {
        for (let k = part.length - 1; k >= 0; k--) {
            const e = part[k];
            if (e.kind === 'error' && isProfileLookup(graph.flow.actions[e.from]))
                return graph.flow.actions[e.from];
        }
    }
    return undefined;
}
/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
const profileLookupBeforeUse = defineFunction({
    name: 'profileLookupBeforeUse',
    options: PROFILE_OPTIONS,
    run: (_target, options, { graph, entry }) => {
        const namespace = options.namespace ?? 'Customer';
        // Known callers decide what the flow starts with; the option covers flows nobody in the repository calls.
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
        const results = [];
        const hasLookup = analysis.lookups.size > 0;
        // One finding per block: its unloaded reads share the path that shows the defect.
        const unloaded = new Map();
        for (const read of analysis.reads) {
            const state = analysis.states[read.action.index];
            if (!state || state.loaded)
                continue;
            const fields = unloaded.get(read.action.index) ?? [];
            if (!fields.includes(read.field))
                fields.push(read.field);
            unloaded.set(read.action.index, fields);
        }
        for (const [node, fields] of unloaded) {
            const action = graph.flow.actions[node];
            const edges = pathWithoutProfile(analysis, graph, node) ?? { head: [], skipped: 0, tail: [] };
            const unloadedCaller = entry?.callers.find((c) => !c.loaded);
            // The fix depends on the block that failed on the path: a failed Create or Update wants its error
            // branch routed elsewhere, not another Get in front of it.
            const failed = lastFailedProfileBlock(graph, edges);
            // One sentence: what is read, by which block, why it is empty, the fix. The path itself goes to the
            // evidence (a line of its own under the message), the callers to the block's place in their flows.
            const message = fitMessage((n) => {
                const refs = fields.map((f) => `$.${n.text(namespace, 0.5)}.${n.text(f, 0.75)}`);
                const subject = refs.length === 1 ? refs[0] : `${refs[0]} (+${refs.length - 1} more)`;
                const why = unloadedCaller
                    ? unloadedCaller.module
                        ? `as a module does not see the profile its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) loaded`
                        : `as its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) enters it without a profile`
                    : hasLookup
                        ? 'on a path where no profile lookup succeeds'
                        : 'as no profile lookup is before it';
                const fix = failed && failed.type !== 'GetCustomerProfile'
                    ? `route ${n.typed(failed)}'s error branch away from it`
                    : hasLookup && !unloadedCaller
                        ? 'add a "Get profile" block, or route the lookup\'s error branch away'
                        : 'add a "Get profile" block before it';
                return `${subject} read by ${n.ref(action)} ${refs.length === 1 ? 'is' : 'are'} empty ${why}: ${fix}.`;
            });
            results.push({
                message,
                path: [...action.path, 'Identifier'],
                blockId: action.id,
                evidence: pathIds(graph, edges),
                // The lookups the path passes by their error branches: where the profile should have been loaded.
                related: (Array.isArray(edges) ? edges : [...edges.head, ...edges.tail])
                    .filter((e) => analysis.lookups.has(e.from))
                    .slice(0, 10)
                    .map((e) => ({ blockId: graph.flow.actions[e.from].id, message: `customer profile lookup ${blockRef(graph.flow.actions[e.from])}: the path leaves it by its "${e.label}" branch, with no profile loaded` })),
                values: { field: fields.join(', ') },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/profile-response-fields.ts





/** Lookups listed in a finding's evidence. */
const profile_response_fields_MAX_EVIDENCE = 100;
/** Reads of profile fields that the last lookup on some path did not request. */
const profileResponseFields = defineFunction({
    name: 'profileResponseFields',
    options: {
        ...PROFILE_OPTIONS,
        entryFields: {
            type: 'string[]',
            description: 'with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)',
        },
    },
    run: (_target, options, { graph, entry }) => {
        const namespace = options.namespace ?? 'Customer';
        const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
        const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
        // What the profile loaded before this flow holds: from the callers when known, else the option.
        const entryFields = entry ? (entry.fields === 'any' ? undefined : entry.fields) : options.entryFields;
        const actions = graph.flow.actions;
        const results = [];
        const reported = new Set();
        for (const read of analysis.reads) {
            const state = analysis.states[read.action.index];
            // Unloaded reads belong to profile-lookup-before-use; one defect, one finding.
            if (!state || !state.loaded)
                continue;
            // Objects and calculated attributes come from their own blocks, not from ProfileResponseData.
            const head = read.field.split('.')[0] ?? '';
            if (PROFILE_OBJECT_TYPES.includes(head) || head === 'CalculatedAttributes')
                continue;
            const key = `${read.action.index}\u0000${read.field}`;
            if (reported.has(key))
                continue;
            const missing = lookupsLacking(graph, state, read.field, entryFields);
            if (missing.length === 0)
                continue;
            reported.add(key);
            const lacking = entry?.callers.filter((c) => c.fields !== 'any' && !fieldProvided(read.field, c.fields)) ?? [];
            // A hostile flow can have thousands of lookups on a read's paths: name one, count the rest.
            const named = missing[0];
            // One sentence: the read, the lookup that leaves the field out, the fix; every such lookup is the evidence.
            const message = fitMessage((n) => {
                const field = `$.${n.text(namespace, 0.5)}.${n.text(read.field, 0.75)}`;
                const block = named === ENTRY_PROFILE
                    ? lacking.length > 0
                        ? `the lookup in ${n.text(lacking[0].flow, 0.6)} (${shortId(lacking[0].blockId)}) before this flow`
                        : 'the profile loaded before this flow (entryFields)'
                    : // A Create or Update block loads the profile it writes: named as what it is, so the fix (its own
                        // ProfileResponseData) is not taken for "add a Get profile block".
                        actions[named].type === 'GetCustomerProfile' ? `lookup ${n.ref(actions[named])}` : n.typed(actions[named]);
                const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
                return `${field} read by ${n.ref(read.action)} is empty, as ${block}${more} does not request it: add it to ${more ? 'their' : 'its'} ProfileResponseData.`;
            });
            results.push({
                message,
                path: [...read.action.path, 'Identifier'],
                blockId: read.action.id,
                evidence: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, profile_response_fields_MAX_EVIDENCE).map((l) => actions[l].id),
                // The lookups are the evidence, not a path through the flow.
                evidenceKind: 'blocks',
                related: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, profile_response_fields_MAX_EVIDENCE).map((l) => ({ blockId: actions[l].id, message: `customer profile lookup ${blockRef(actions[l])} does not request "${read.field}" in ProfileResponseData` })),
                values: { field: read.field },
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/analysis/path-facts.ts



/**
 * "Some path from the start reaches this block without passing an edge that sets X" — the one question the
 * stored-input and working-queue rules ask. One breadth-first search per fact (linear, shortest paths for
 * the messages), memoised on the graph under `key`.
 */
function pathsAvoiding(graph, key, sets) {
    if (graph.entry < 0)
        return undefined;
    return graph.memo(`avoiding\u0000${key}`, () => new ShortestPaths(graph, graph.entry, (e) => !sets(e), 50));
}
const path_facts_PARAMETERS = ['Parameters'];
const path_facts_CONDITIONS = ['Transitions', 'Conditions'];
/**
 * The reachable blocks whose parameters or condition operands hold a string `test` accepts (where a block
 * reads data; never its Identifier or NextAction targets), in flow order.
 */
function blocksReading(graph, test) {
    const reachable = graph.reachable();
    const found = [];
    let hit = false;
    const walker = new StringWalker((text, _at, last) => {
        if (!hit && last !== 'Identifier' && last !== 'NextAction' && test(text))
            hit = true;
    });
    for (const a of graph.flow.actions) {
        if (!reachable[a.index])
            continue;
        hit = false;
        walker.walk(a.parameters, a.path, path_facts_PARAMETERS);
        const transitions = Object.hasOwn(a.raw, 'Transitions') ? a.raw['Transitions'] : undefined;
        const conditions = typeof transitions === 'object' && transitions !== null && Object.hasOwn(transitions, 'Conditions') ? transitions['Conditions'] : undefined;
        if (!hit && Array.isArray(conditions))
            walker.walk(conditions, a.path, path_facts_CONDITIONS);
        if (hit)
            found.push(a);
    }
    return found;
}
/** A flag parameter written as the console writes it ("True"/"False") or as a JSON boolean. */
function flag(action, name) {
    const v = Object.hasOwn(action.parameters, name) ? action.parameters[name] : undefined;
    return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}
/**
 * Edges after which a working queue may be set: leaving "Set working queue" (UpdateContactTargetQueue) by
 * any route, and, to stay silent when unsure, leaving a module (it may set one) or a block the action table
 * does not know. Its error branch counts too: it fails only when the queue it names is wrong, and a transfer
 * wired to that branch is a report about a misconfiguration no rule here can see, not a missing block.
 */
function mayQueue(graph, e) {
    const from = graph.flow.actions[e.from];
    return from.type === 'UpdateContactTargetQueue' || from.type === 'InvokeFlowModule' || from.spec === undefined;
}
/** Some path from the start reaches `node` and passes no block that may set a working queue. */
function queueUnsetAt(graph, node) {
    return pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e))?.reached(node) === true;
}
/**
 * A flow module (its type, a module export's Settings, or an EndFlowModuleExecution block). A module runs
 * with the logging of the flow that invoked it, and does not share that flow's local data.
 */
function isModule(flowType, flowValue, actions) {
    return (flowType === MODULE_FLOW_TYPE ||
        (typeof flowValue === 'object' && flowValue !== null && Object.hasOwn(flowValue, 'Settings')) ||
        actions.some((a) => a.type === 'EndFlowModuleExecution'));
}
const path_facts_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * An inbound flow as its export says: one of `flowTypes` (default CONTACT_FLOW), not contradicted by the
 * designer's own Metadata.type (the wrapper's type is what a deploy script wrote: a quick-connect flow saved
 * as CONTACT_FLOW keeps "queueTransfer" there), and not a module. Whether it is entered from a phone number
 * also needs that no flow of the repository calls it: the caller decides that.
 */
function isInboundFlow(flow, flowTypes = ['CONTACT_FLOW']) {
    if (flow.flowType === undefined || !flowTypes.includes(flow.flowType))
        return false;
    if (isModule(flow.flowType, flow.doc.value, flow.actions))
        return false;
    const value = flow.doc.value;
    const metadata = path_facts_isObject(value) && Object.hasOwn(value, 'Metadata') ? value['Metadata'] : undefined;
    const designerType = path_facts_isObject(metadata) && Object.hasOwn(metadata, 'type') ? metadata['type'] : undefined;
    return designerType === undefined || resolveFlowType(undefined, designerType) === flow.flowType;
}

;// CONCATENATED MODULE: ./src/core/rules/functions/input-menu-conditions.ts



/** A prompt offering a key: "press 1", "Press one", "dial 2", "select 3" (not "press any key"). */
const MENU_OPTION = /\b(?:press|dial|select|enter|choose)\s+(?:[0-9*#]|one|two|three|four|five|six|seven|eight|nine|zero|star|pound|hash)\b/i;
function promptText(a) {
    const p = a.parameters;
    const text = (k) => (Object.hasOwn(p, k) && typeof p[k] === 'string' ? p[k] : '');
    return `${text('Text')} ${text('SSML')}`;
}
/**
 * A "Get customer input" block used as a menu (GetParticipantInput that does not store the input) with no
 * conditions: every key press is "no matching condition", so it takes that error branch. A menu is known by
 * its prompt offering keys; silent when the key press cannot change the route (the no-match branch goes
 * where the timeout goes: "press 1 to skip"), and for blocks no path reaches.
 */
const inputMenuConditions = defineFunction({
    name: 'inputMenuConditions',
    options: {},
    run: (_target, _options, { graph }) => {
        const reachable = graph.reachable();
        const results = [];
        for (const a of graph.flow.actions) {
            if (a.type !== 'GetParticipantInput' || !reachable[a.index])
                continue;
            // Storing the input (Store customer input) is the other use of the block: the digits go to $.StoredCustomerInput.
            if (flag(a, 'StoreInput'))
                continue;
            // A Lex-driven input block routes by intent, not by key conditions.
            if (Object.hasOwn(a.parameters, 'LexV2Bot') || Object.hasOwn(a.parameters, 'LexBot'))
                continue;
            if (a.transitions.some((t) => t.kind === 'condition'))
                continue;
            // Without conditions the block is also "press any key to go on" (a voicemail's stop-recording wait):
            // it is a menu only when its prompt offers keys ("press 1", "dial 2"). Audio prompts say nothing here.
            const offered = promptText(a).match(MENU_OPTION);
            if (!offered)
                continue;
            const noMatch = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'NoMatchingCondition');
            const timeout = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'InputTimeLimitExceeded');
            if (noMatch && timeout && noMatch.target === timeout.target)
                continue;
            results.push({
                message: fitMessage((n) => `${n.ref(a)} offers a menu ("${n.text(offered[0], 0.5)}") but has no conditions, so every key press takes NoMatchingCondition: add a condition per option, or set StoreInput.`),
                path: [...a.path, 'Identifier'],
                blockId: a.id,
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/queue-set-before-transfer.ts



/**
 * "Transfer to queue" (TransferContactToQueue) reached on a path where no working queue was set. Only where
 * the flow's start is known to have no queue: an inbound flow (type CONTACT_FLOW, known from its export and
 * not contradicted by the designer's metadata) that no flow of the repository calls and that sets a working
 * queue itself on some path, i.e. one entered from a phone number that owns its queue. Flows other flows call (a
 * caller may have set the queue), modules, queue, whisper and transfer flows, and flows of unknown type are
 * left alone.
 */
const queueSetBeforeTransfer = defineFunction({
    name: 'queueSetBeforeTransfer',
    options: {
        flowTypes: { type: 'string[]', description: 'flow types entered without a working queue (default ["CONTACT_FLOW"])' },
    },
    run: (_target, options, { graph, flow, entry }) => {
        let caller;
        if (entry === undefined) {
            // Nobody in the repository calls it: an inbound flow is entered from a phone number, without a queue.
            if (!isInboundFlow(flow, options.flowTypes))
                return [];
            // A flow that never sets a working queue yet transfers to one is written to be entered with a queue (a
            // transfer target: "intended to be called from other contact flows"). Only a flow that sets the queue
            // itself, on some paths, is known to own it: then a path that skips it is the defect.
            if (!graph.flow.actions.some((a) => a.type === 'UpdateContactTargetQueue'))
                return [];
        }
        else {
            // Callers in the repository are known: only when every one is entered from a phone number and reaches
            // its transfer here on a path that sets no queue is this flow's start known to have none.
            if (entry.callers.length === 0 || !entry.callers.every((c) => c.queueUnset === true))
                return [];
            const c = entry.callers[0];
            caller = { flow: c.flow, blockId: c.blockId };
        }
        const reachable = graph.reachable();
        const transfers = graph.flow.actions.filter((a) => a.type === 'TransferContactToQueue' && reachable[a.index]);
        if (transfers.length === 0)
            return [];
        const paths = pathsAvoiding(graph, 'queue', (e) => mayQueue(graph, e));
        if (!paths)
            return [];
        const results = [];
        for (const a of transfers) {
            if (!paths.reached(a.index))
                continue;
            const path = paths.ends(a.index);
            results.push({
                // The path goes to the evidence (a line of its own under the message), not into the sentence.
                message: fitMessage((n) => {
                    const from = caller === undefined ? 'the start' : `its caller ${n.text(caller.flow, 0.6)} (${shortId(caller.blockId)})`;
                    return `${n.ref(a)} transfers to the working queue, but a path from ${from} sets none, so the transfer fails: add a "Set working queue" block on that path.`;
                }),
                path: [...a.path, 'Identifier'],
                blockId: a.id,
                evidence: pathIds(graph, path),
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/core/rules/functions/stored-input-before-use.ts



/** `$.StoredCustomerInput` or `$['StoredCustomerInput']`, as a whole name. */
const READ = /\$(?:\.StoredCustomerInput(?![A-Za-z0-9_])|\[\s*(['"])StoredCustomerInput\1\s*\])/;
/**
 * The edges after which the stored customer input is set: leaving a "Store customer input" block
 * (GetParticipantInput with StoreInput True) by its default route or a condition. Its error branches
 * (no DTMF on this channel, an invalid phone number) store nothing; a timeout takes the default route with
 * the value "Timeout", which is stored.
 */
function storesInput(graph, e) {
    const from = graph.flow.actions[e.from];
    return e.kind !== 'error' && from.type === 'GetParticipantInput' && flag(from, 'StoreInput');
}
/** Reads of $.StoredCustomerInput on a path where no block stored customer input before them. */
const storedInputBeforeUse = defineFunction({
    name: 'storedInputBeforeUse',
    options: {
        storedAtEntry: {
            type: 'boolean',
            description: 'the flow is entered with customer input already stored (a flow transferred to after a Store customer input block); never true for a module',
        },
    },
    run: (_target, options, { graph, flow, entry }) => {
        const readers = blocksReading(graph, (text) => text.includes('StoredCustomerInput') && READ.test(text));
        if (readers.length === 0)
            return [];
        // What the flow starts with. A module never sees its caller's stored input (modules do not share the
        // invoking flow's local data); callers that transfer to this flow are not followed, so a flow entered
        // by a TransferToFlow is given the benefit of the doubt.
        const module = isModule(flow.flowType, flow.doc.value, flow.actions) || (entry !== undefined && entry.callers.length > 0 && entry.callers.every((c) => c.module));
        const transferred = entry !== undefined && entry.callers.some((c) => !c.module);
        if (!module && (transferred || options.storedAtEntry === true))
            return [];
        const paths = pathsAvoiding(graph, 'storedInput', (e) => storesInput(graph, e));
        if (!paths)
            return [];
        const stores = graph.flow.actions.some((a) => a.type === 'GetParticipantInput' && flag(a, 'StoreInput'));
        const results = [];
        for (const a of readers) {
            if (!paths.reached(a.index))
                continue;
            const path = paths.ends(a.index);
            // The path goes to the evidence (a line of its own under the message), not into the sentence.
            const message = fitMessage((n) => stores
                ? `$.StoredCustomerInput read by ${n.ref(a)} is empty on a path with no "Store customer input" block: add one on that path, or read a contact attribute the flow saved.`
                : module
                    ? `$.StoredCustomerInput read by ${n.ref(a)} is empty, as a module does not see its caller's stored input: store it in the module, or pass it in as an input.`
                    : `$.StoredCustomerInput read by ${n.ref(a)} is empty, as no block stores customer input: add a "Store customer input" block before it, or read a contact attribute.`);
            results.push({
                message,
                path: [...a.path, 'Identifier'],
                blockId: a.id,
                evidence: pathIds(graph, path),
            });
        }
        return results;
    },
});

;// CONCATENATED MODULE: ./src/rules/action-allowed-in-flow-type/rule.ts



/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
/* harmony default export */ const rule = (defineRule({
    meta: {
        id: 'action-allowed-in-flow-type',
        description: "Every block is allowed in the flow's type (no queue transfer in a whisper flow).",
        severity: 'error',
        functionName: 'actionAllowedInFlowType',
        options: {
            type: 'object',
            properties: {
                flowType: {
                    type: 'string',
                    description: 'the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides',
                },
            },
            additionalProperties: false,
        },
        // Built in check(): the list of allowed flow types is named only when the sentence fits at full detail.
        messages: {},
    },
    check({ flow, options, report }) {
        const flowType = flow.flowType ?? options.flowType;
        if (flowType === undefined)
            return;
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            // The restriction is the reference page's (exports can widen it, never narrow it); no page, no finding.
            if (!hasEvidence(a.spec) || allowedInFlowType(a.type, flowType) !== false)
                continue;
            const allowed = a.spec?.flowTypes;
            const where = Array.isArray(allowed) ? ` (only in ${allowed.join(', ')})` : '';
            // The service rejects the flow, or the block fails when a contact reaches it; the fix is the same.
            const message = fitMessage((n) => n.level === 0
                ? `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow${where}: move the step to an allowed flow type.`
                : `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow: move the step to an allowed flow type, or fix this flow's type.`);
            report({ block: a, path: [...a.path, 'Type'], facts: { flowType }, message });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/error-branches-wired/rule.ts


const EXPECTED = new WeakMap();
/**
 * The error types every block of a type must wire, without repeats; worked out once per type, not per block.
 * Only an entry checked against real exports demands a branch by default: one that rests on the reference
 * alone (which has listed errors exports never wire, and left out ones they always do) asks only under strict.
 */
function expectedErrors(spec, strict) {
    let e = EXPECTED.get(spec);
    if (!e) {
        e = {
            plain: checkedAgainstExports(spec) ? [...new Set(spec.errors)] : [],
            strict: [...new Set([...spec.errors, ...(spec.optionalErrors ?? [])])],
        };
        EXPECTED.set(spec, e);
    }
    return strict ? e.strict : e.plain;
}
function hasErrorBranch(action, errorType) {
    for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
        const t = transitionList[ti];
        if (t.kind === 'error' && t.errorType === errorType)
            return true;
    }
    return false;
}
/** Error types a block's action type can raise that the block leaves without a transition. */
/* harmony default export */ const error_branches_wired_rule = (defineRule({
    meta: {
        id: 'error-branches-wired',
        description: 'Every error a block can raise has a branch.',
        severity: 'error',
        functionName: 'errorBranchesWired',
        options: {
            type: 'object',
            properties: {
                strict: { type: 'boolean', description: 'also require the error branches real exports routinely leave empty (e.g. MessageParticipant NoMatchingError)' },
                ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
            },
            additionalProperties: false,
        },
        messages: {
            unwired: '{{block}} has no {{errorType}} branch, so a contact that hits this error has nowhere to go: connect it to a block that handles it.',
        },
    },
    check({ graph, options, report }) {
        const reachable = graph.reachable();
        for (let actionIndex = 0, actions = graph.flow.actions; actionIndex < actions.length; actionIndex++) {
            const action = actions[actionIndex];
            // An unreachable block's branches cannot lose a contact; unreachable-block reports the block itself.
            if (graph.entry >= 0 && !reachable[action.index])
                continue;
            if (options.ignoreTypes?.includes(action.type))
                continue;
            // A block with no transition at all is flow-ends' finding; one defect, one finding.
            if (action.transitions.length === 0)
                continue;
            const spec = action.spec;
            // An entry that does not say how it knows raises nothing.
            if (!hasEvidence(spec))
                continue;
            const always = expectedErrors(spec, options.strict === true);
            const strict = options.strict === true;
            const conditional = (strict || checkedAgainstExports(spec) ? spec.conditionalErrors : undefined)
                ?.filter((c) => (strict || c.strict !== true) && conditionalErrorApplies(c, action.parameters) && !always.includes(c.type))
                .map((c) => c.type);
            const expected = conditional && conditional.length > 0 ? [...always, ...new Set(conditional)] : always;
            for (let e = 0; e < expected.length; e++) {
                const errorType = expected[e];
                if (hasErrorBranch(action, errorType))
                    continue;
                report({ messageId: 'unwired', data: (n) => ({ block: n.ref(action), errorType: n.text(errorType) }), block: action, facts: { errorType } });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/flow-ends/rule.ts


/** Queue and hold flows loop on purpose: they play prompts until an agent takes the contact. */
const LOOPING_FLOW_TYPES = ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'];
/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
/* harmony default export */ const flow_ends_rule = (defineRule({
    meta: {
        id: 'flow-ends',
        description: 'Every block that does not end the contact has somewhere to go.',
        severity: 'error',
        functionName: 'flowEnds',
        options: {
            type: 'object',
            properties: {
                endlessLoopsAllowedIn: {
                    type: 'array',
                    items: { type: 'string' },
                    description: `flow types in which a loop without an exit is by design (default ${JSON.stringify(LOOPING_FLOW_TYPES)})`,
                },
            },
            additionalProperties: false,
        },
        messages: {
            noTransition: '{{block}} has no transition, so a contact that reaches it goes nowhere: set its NextAction, or end the path with a Disconnect block.',
            // The loop's blocks are the evidence (a line of their own under the message), not part of the sentence.
            endlessLoop: '{{block}} starts a loop with no way out to a Disconnect, a transfer or the flow\'s end: give it an exit, e.g. a Loop block\'s "Complete" branch.',
        },
    },
    check({ flow, graph, options, report }) {
        const isEnd = (a) => {
            const spec = a.spec;
            return spec?.terminal === true || spec?.mayHaveNoNext === true || spec?.endsOnSuccess === true;
        };
        for (const a of flow.actions) {
            // A type the table has no evidenced entry for may end the contact by itself: silence when unsure.
            if (a.transitions.length === 0 && a.type !== '' && hasEvidence(a.spec) && !isEnd(a))
                report({ messageId: 'noTransition', data: (n) => ({ block: n.ref(a) }), block: a });
        }
        if (graph.entry < 0 || (flow.flowType !== undefined && (options.endlessLoopsAllowedIn ?? LOOPING_FLOW_TYPES).includes(flow.flowType)))
            return;
        // Blocks that can still reach an end: backwards from every end (and every dead end, already reported,
        // and every transition to a missing block, which transition-target-exists reports).
        const canEnd = new Uint8Array(graph.size);
        const stack = [];
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            let missingTarget = false;
            for (let ti = 0, transitionList = a.transitions; ti < transitionList.length; ti++) {
                const t = transitionList[ti];
                if (t.to < 0)
                    missingTarget = true;
            }
            if (isEnd(a) || a.transitions.length === 0 || missingTarget || a.type === '' || !hasEvidence(a.spec)) {
                canEnd[a.index] = 1;
                stack.push(a.index);
            }
        }
        const { start, from } = graph.predecessors();
        while (stack.length > 0) {
            const n = stack.pop();
            for (let k = start[n]; k < start[n + 1]; k++) {
                const p = from[k];
                if (canEnd[p])
                    continue;
                canEnd[p] = 1;
                stack.push(p);
            }
        }
        // Most flows trap nothing: the search below runs only when some reachable block cannot reach an end.
        const reachable = graph.reachable();
        let anyTrapped = false;
        for (let n = 0; n < graph.size && !anyTrapped; n++)
            anyTrapped = reachable[n] === 1 && canEnd[n] === 0;
        // Report the first trapped block on the way from the start: where the contact enters the loop.
        let trapped;
        const seen = new Uint8Array(graph.size);
        const queue = [graph.entry];
        seen[graph.entry] = 1;
        for (let head = 0; anyTrapped && head < queue.length && !trapped; head++) {
            const n = queue[head];
            if (!canEnd[n])
                trapped = flow.actions[n];
            for (let ei = 0, edgeList = graph.out[n]; ei < edgeList.length; ei++) {
                const e = edgeList[ei];
                if (seen[e.to])
                    continue;
                seen[e.to] = 1;
                queue.push(e.to);
            }
        }
        if (trapped) {
            const loop = [];
            for (let n = trapped.index, k = 0; n !== undefined && k < 6; k++) {
                loop.push(flow.actions[n].id);
                n = graph.out[n].find((e) => !canEnd[e.to])?.to;
                if (n === trapped.index)
                    break;
            }
            report({
                messageId: 'endlessLoop',
                data: (n) => ({ block: n.ref(trapped) }),
                block: trapped,
                evidence: loop,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/flow-structure/rule.ts

/**
 * Fields of the export whose type the flow language does not accept. The model finds them while it reads the
 * flow (src/core/model/flow.ts: it must read around them anyway, and start-action-exists looks at them too), so
 * the messages are written there; this rule reports them.
 */
/* harmony default export */ const flow_structure_rule = (defineRule({
    meta: {
        id: 'flow-structure',
        description: 'Every field of the export has the type the flow language expects.',
        severity: 'error',
        functionName: 'flowStructure',
        messages: {},
    },
    check({ flow, report }) {
        for (const p of flow.structureProblems) {
            // A problem names its block by Identifier (a block without one has none: the engine places it by path).
            const block = p.blockId === undefined ? undefined : flow.byId.get(p.blockId);
            report({ message: p.message, path: p.path, ...(block ? { block } : {}) });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/known-action-type/rule.ts



const TYPES = Object.keys(ACTIONS);
function nearType(type) {
    const lower = type.toLowerCase();
    return TYPES.find((t) => t.toLowerCase() === lower) ?? describe_closest(type, TYPES, 2);
}
const REJECTED = 'block "{{id}}" has the type "{{type}}", which the flow language does not have, so the import fails: ';
/** Block types the flow language does not have: legacy designer names, typos, invented types. */
/* harmony default export */ const known_action_type_rule = (defineRule({
    meta: {
        id: 'known-action-type',
        description: 'Every block type exists in the Amazon Connect flow language.',
        severity: 'error',
        functionName: 'knownActionType',
        options: {
            type: 'object',
            properties: {
                allow: { type: 'array', items: { type: 'string' }, description: 'action types to accept although the table does not know them (types newer than this release)' },
            },
            additionalProperties: false,
        },
        messages: {
            legacy: `${REJECTED}the flow language calls this block "{{legacy}}".`,
            legacyWithoutEquivalent: `${REJECTED}it is a legacy name with no flow-language equivalent: rebuild that step with current blocks.`,
            nearMiss: `${REJECTED}did you mean "{{near}}"?`,
            unknown: `${REJECTED}re-export the flow from the current designer.`,
        },
    },
    check({ flow, options, report }) {
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (a.type === '' || a.spec || options.allow?.includes(a.type))
                continue;
            const legacy = Object.hasOwn(LEGACY_ACTION_TYPES, a.type) ? LEGACY_ACTION_TYPES[a.type] : undefined;
            // A spelling hint only for a near miss (letter case, or one or two edits): a looser match names a block
            // that does something else (TransferToQueue is not TransferToFlow); block names have their real type above.
            const near = legacy === undefined ? nearType(a.type) : undefined;
            const found = { block: a, path: [...a.path, 'Type'], facts: { type: a.type } };
            const data = (n) => ({ id: shortId(a.id), type: n.text(a.type) });
            if (legacy !== undefined)
                report(legacy ? { ...found, messageId: 'legacy', data: (n) => ({ ...data(n), legacy }) } : { ...found, messageId: 'legacyWithoutEquivalent', data });
            else if (near)
                report({ ...found, messageId: 'nearMiss', data: (n) => ({ ...data(n), near }) });
            else
                report({ ...found, messageId: 'unknown', data });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/logging-enabled/rule.ts




function enablesLogging(a) {
    const v = Object.hasOwn(a.parameters, LOGGING_ENABLE.parameter) ? a.parameters[LOGGING_ENABLE.parameter] : undefined;
    return a.type === LOGGING_ENABLE.type && typeof v === 'string' && v.toLowerCase() === LOGGING_ENABLE.value.toLowerCase();
}
/** The first block that does real work is reached before flow logging is turned on. */
/* harmony default export */ const logging_enabled_rule = (defineRule({
    meta: {
        id: 'logging-enabled',
        description: 'Flow logging is on before the first block that does real work.',
        severity: 'info',
        functionName: 'loggingEnabled',
        options: {
            type: 'object',
            properties: {
                ignoreModules: { type: 'boolean', description: 'do not check flow modules (default true: they run with the logging of the flow that invoked them)' },
                flowTypes: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'flow types to check when the type is known (default ["CONTACT_FLOW"]: queue, whisper, hold and transfer flows run on a contact whose logging the entry flow already set)',
                },
            },
            additionalProperties: false,
        },
        messages: {
            beforeLogging: '{{block}} runs before flow logging is enabled, so a misrouted call leaves no log: start the flow with a "Set logging behavior" block (Enabled).',
        },
    },
    check({ graph, flow, options, entry: enteredFrom, report }) {
        // A flow other flows of the repository transfer to runs with the logging its callers set.
        if (graph.entry < 0 || enteredFrom !== undefined)
            return;
        if (options.ignoreModules !== false && isModule(flow.flowType, flow.doc.value, flow.actions))
            return;
        if (flow.flowType !== undefined && flow.flowType !== MODULE_FLOW_TYPE && !(options.flowTypes ?? ['CONTACT_FLOW']).includes(flow.flowType))
            return;
        // Search through set-up blocks only; logging-enabling blocks end the search on their path.
        // Set-up blocks and blocks that only end the contact do no work worth a log.
        const setup = (a) => {
            const spec = a.spec;
            return (spec?.setup === true || spec?.terminal === true) && !enablesLogging(a);
        };
        const entry = flow.actions[graph.entry];
        if (enablesLogging(entry))
            return;
        let first = setup(entry) ? undefined : entry;
        if (!first) {
            // Breadth-first through set-up blocks: the block reported is the one nearest the start.
            const seen = new Uint8Array(graph.size);
            const queue = [graph.entry];
            seen[graph.entry] = 1;
            for (let head = 0; head < queue.length && !first; head++) {
                for (let ei = 0, edgeList = graph.out[queue[head]]; ei < edgeList.length; ei++) {
                    const e = edgeList[ei];
                    if (seen[e.to])
                        continue;
                    seen[e.to] = 1;
                    const next = flow.actions[e.to];
                    if (enablesLogging(next))
                        continue;
                    if (!setup(next)) {
                        first = next;
                        break;
                    }
                    queue.push(e.to);
                }
            }
        }
        if (!first)
            return;
        report({ messageId: 'beforeLogging', data: (n) => ({ block: n.ref(first) }), block: first });
    },
}));

;// CONCATENATED MODULE: ./src/rules/no-hardcoded-arn/rule.ts


// An ARN that carries a 12-digit account id: it names one account's resource.
const ACCOUNT_ARN = /arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',]*/g;
const rule_PARAMETERS = ['Parameters'];
/** The 12-digit account of an ARN ACCOUNT_ARN matched: its fifth field. */
const accountOf = (arn) => arn.split(':')[4];
/** Account- or instance-specific ARNs in block parameters. */
/* harmony default export */ const no_hardcoded_arn_rule = (defineRule({
    meta: {
        id: 'no-hardcoded-arn',
        description: 'Parameters hold no account-specific ARNs.',
        severity: 'warn',
        functionName: 'noHardcodedArn',
        options: {
            type: 'object',
            properties: {
                allow: { type: 'array', items: { type: 'string', format: 'regex' }, description: 'ARNs matching any of these patterns are accepted' },
            },
            additionalProperties: false,
        },
        messages: {
            // One sentence: the ARN itself is at the finding's position (and in its identity), its account says why.
            hardcoded: '{{block}} hard-codes account {{account}}\'s ARN in "{{key}}", which breaks in other accounts: use a deployment placeholder or a contact attribute.',
        },
    },
    check({ flow, options, report }) {
        let action;
        const walker = new StringWalker((text, at) => {
            if (!text.includes('arn:'))
                return;
            // Every ARN in the value counts: an allowed one must not hide a second, hard-coded one.
            for (const m of text.matchAll(ACCOUNT_ARN)) {
                if (options.allow?.some((re) => re.test(m[0])))
                    continue;
                const path = at.path();
                const key = [...path].reverse().find((k) => typeof k === 'string') ?? 'Parameters';
                report({ messageId: 'hardcoded', data: (n) => ({ block: n.ref(action), account: n.text(accountOf(m[0])), key: n.text(String(key), 0.6) }), block: action, path, facts: { arn: m[0] } });
            }
        });
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            action = a;
            walker.walk(a.parameters, a.path, rule_PARAMETERS);
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/parameters-valid/rule.ts




/** Real exports write numbers and booleans as strings ("8", "True"); a value is checked for what it denotes. */
function shapeProblem(shape, v, params) {
    switch (shape) {
        case 'string':
            return typeof v === 'string' ? undefined : 'must be a string';
        case 'number':
            return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (/^-?\d+(\.\d+)?$/.test(v.trim()) || isFilledLater(v))) ? undefined : 'must be a number';
        case 'boolean':
            return typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) || (typeof v === 'string' && isFilledLater(v)) ? undefined : 'must be true or false';
        case 'string[]':
            return Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'must be a list of strings';
        case 'fieldNames':
            return (Array.isArray(v) && v.every((x) => typeof x === 'string')) || (typeof v === 'object' && v !== null && !Array.isArray(v))
                ? undefined
                : 'must be a list of field names, e.g. ["FirstName", "Province"]';
        case 'object':
            return typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'must be an object';
        case 'timeoutSeconds1to8': {
            const invocation = Object.hasOwn(params, 'InvocationType') ? String(params['InvocationType']).toUpperCase() : 'SYNCHRONOUS';
            if (invocation !== 'SYNCHRONOUS')
                return undefined;
            const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
            if (typeof v === 'string' && isFilledLater(v))
                return undefined;
            return Number.isInteger(n) && n >= 1 && n <= 8 ? undefined : 'must be a whole number of seconds from 1 to 8 for a synchronous Lambda call';
        }
    }
}
const PREPARED = new WeakMap();
function prepared(spec, type) {
    let p = PREPARED.get(spec);
    if (!p)
        PREPARED.set(spec, (p = { required: spec.required ?? [], shapes: Object.entries(spec.shapes ?? {}), known: knownParameters(type) }));
    return p;
}
/**
 * A near miss of a known name: the same name in other letter case, or one or two edits away (one for short
 * names). A looser match would "correct" parameters the console writes that the table has not seen yet.
 */
function nearMiss(name, known) {
    const lower = name.toLowerCase();
    for (const k of known)
        if (k.toLowerCase() === lower)
            return k;
    return describe_closest(name, known, name.length <= 6 ? 1 : 2);
}
/**
 * Missing or empty required parameters and values of the wrong shape (errors, only for entries checked against
 * real exports); parameter names that are a near miss of a known name or a known earlier name (warnings); with
 * `unseenParameters`, names the table has never seen (info).
 */
/* harmony default export */ const parameters_valid_rule = (defineRule({
    meta: {
        id: 'parameters-valid',
        description: 'Blocks have their required parameters, values of the right shape, and no unknown parameter names (warnings).',
        severity: 'error',
        functionName: 'parametersValid',
        options: {
            type: 'object',
            properties: {
                unknownParameters: { type: 'boolean', description: 'report parameter names that are a near miss of a known name or a known earlier name (default true)' },
                unseenParameters: { type: 'boolean', description: 'also note, as info, parameter names the table has never seen (default false; on in strict)' },
                ignoreTypes: { type: 'array', items: { type: 'string' }, description: 'action types not to check' },
            },
            additionalProperties: false,
        },
        // {{unless}} is empty, or names the parameters that make this one optional: ` (unless "TaskTemplateId" is set)`.
        messages: {
            missing: '{{block}} has no "{{parameter}}", which {{type}} requires{{unless}}: set it.',
            empty: '{{block}}: "{{parameter}}" is {{emptiness}}, and {{type}} needs a value there{{unless}}: fill it in.',
            shape: '{{block}}: "{{parameter}}" {{problem}}, not {{value}}.',
            legacy: '{{block}} has the parameter "{{parameter}}", which real {{type}} exports write as "{{replacement}}": rename it.',
            nearMiss: '{{block}} has the parameter "{{parameter}}", which {{type}} does not take: did you mean "{{near}}"?',
            unseen: "{{block}} has the parameter \"{{parameter}}\", which the linter's table for {{type}} does not list (it may be newer than this release).",
        },
    },
    check({ flow, options, report }) {
        for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
            const a = actionList[ai];
            if (options.ignoreTypes?.includes(a.type))
                continue;
            // An entry that does not say how it knows raises nothing.
            if (!hasEvidence(a.spec))
                continue;
            const spec = a.spec.parameters;
            if (!spec)
                continue;
            const p = a.parameters;
            const { required, shapes, known } = prepared(spec, a.type);
            const block = (n) => n.ref(a);
            // Required parameters and value shapes come from what real exports write: the reference alone has named
            // parameters the service does not take (Wait's TimeoutSeconds).
            const sure = checkedAgainstExports(a.spec);
            for (let r = 0; sure && r < required.length; r++) {
                const name = required[r];
                const v = Object.hasOwn(p, name) ? p[name] : undefined;
                if (v !== undefined && v !== null && v !== '')
                    continue;
                const unlessList = spec.requiredUnless?.[name];
                if (unlessList?.some((other) => Object.hasOwn(p, other) && p[other] !== '' && p[other] !== null))
                    continue;
                const unless = unlessList ? ` (unless ${unlessList.map((o) => `"${o}"`).join(' or ')} is set)` : '';
                const data = (n) => ({ block: block(n), parameter: name, type: a.type, unless });
                report({
                    ...(v === undefined ? { messageId: 'missing', data } : { messageId: 'empty', data: (n) => ({ ...data(n), emptiness: v === '' ? 'empty' : 'null' }) }),
                    block: a,
                    path: v === undefined ? [...a.path, Object.hasOwn(a.raw, 'Parameters') ? 'Parameters' : 'Identifier'] : [...a.path, 'Parameters', name],
                    facts: { parameter: name, kind: v === undefined ? 'missing' : 'empty' },
                });
            }
            for (let k = 0; sure && k < shapes.length; k++) {
                const name = shapes[k][0];
                const shape = shapes[k][1];
                if (!Object.hasOwn(p, name))
                    continue;
                const problem = shapeProblem(shape, p[name], p);
                if (!problem)
                    continue;
                report({
                    messageId: 'shape',
                    data: (n) => ({ block: block(n), parameter: name, problem, value: n.text(JSON.stringify(p[name]) ?? String(p[name]), 0.75) }),
                    block: a,
                    path: [...a.path, 'Parameters', name],
                    part: 'key',
                    facts: { parameter: name, kind: 'value' },
                });
            }
            if (options.unknownParameters === false || !known || known.size === 0)
                continue;
            for (const name in p) {
                if (!Object.hasOwn(p, name) || known.has(name))
                    continue;
                const replacement = spec.legacy?.[name];
                const near = replacement ?? nearMiss(name, known);
                const at = { block: a, path: [...a.path, 'Parameters', name] };
                if (near !== undefined) {
                    report({
                        ...(replacement
                            ? { messageId: 'legacy', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, replacement }) }
                            : { messageId: 'nearMiss', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type, near: near }) }),
                        ...at,
                        severity: 'warn',
                        facts: { parameter: name, kind: replacement ? 'legacy' : 'unknown', suggestion: near },
                    });
                }
                else if (options.unseenParameters === true) {
                    // Console exports write parameters newer than any table: a name never seen is a note, not a defect.
                    report({ messageId: 'unseen', data: (n) => ({ block: block(n), parameter: n.text(name, 0.8), type: a.type }), ...at, severity: 'info', facts: { parameter: name, kind: 'unseen' } });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/reference-exists/rule.ts


const VERB = { flow: 'transfers to the flow', module: 'invokes the module', hook: 'sets as its event flow' };
/**
 * A long ARN as its last path segment (`…/<id>`; the verb says whether it is a flow or a module), and the
 * whole ARN is at the finding's position. Keeps the message one readable sentence.
 */
function shortArn(value) {
    if (!value.startsWith('arn:') || value.length <= 60)
        return value;
    const last = value.lastIndexOf('/');
    return last > 0 && last < value.length - 1 ? `…${value.slice(last)}` : value;
}
/**
 * References to other flows that should lead to a flow of the repository and do not. Only the whole run
 * knows which flows exist, so the rule finds nothing in one flow: its project hook reads the linked
 * summaries (src/core/repo/link.ts resolves each reference) and reports the unresolved ones.
 */
/* harmony default export */ const reference_exists_rule = (defineRule({
    meta: {
        id: 'reference-exists',
        description: 'Every flow, module and event flow a block names is in the repository (or marked external).',
        severity: 'error',
        functionName: 'referenceExists',
        options: {
            type: 'object',
            properties: {
                external: {
                    type: 'array',
                    items: { type: 'string', format: 'regex' },
                    description: 'references (the value, or the target name the designer shows) that point outside the repository on purpose',
                },
            },
            additionalProperties: false,
        },
        messages: {
            // The designer's name when the export has one (the value is at the finding's position), else the value.
            unresolved: '"{{block}}" ({{blockId}}) {{what}} "{{target}}", but {{why}}: add its file, map it in "flows", or mark it "external".',
        },
    },
    check() {
        // Nothing to find in one flow: see checkProject.
    },
    checkProject({ summaries, links, optionsFor, report }) {
        summaries.forEach((s, i) => {
            const options = optionsFor(s);
            if (!options)
                return;
            const external = options.external ?? [];
            s.references.forEach((r, k) => {
                const res = links.resolutions[i][k];
                if (res.status !== 'unresolved')
                    return;
                if (external.some((re) => re.test(r.value) || (r.nameHint !== undefined && re.test(r.nameHint))))
                    return;
                report(s, {
                    messageId: 'unresolved',
                    data: (n) => ({
                        block: n.text(r.block, 0.6),
                        blockId: shortId(r.blockId),
                        what: r.kind === 'hook' ? `${VERB.hook} (${n.text(r.hook ?? '', 0.5)})` : VERB[r.kind],
                        target: r.nameHint ? n.text(r.nameHint) : n.text(shortArn(r.value), 1.5),
                        why: clip(res.why, 90),
                    }),
                    range: r.range,
                    blockId: r.blockId,
                    subject: JSON.stringify([r.kind, r.hook ?? null, r.value]),
                });
            });
        });
    },
}));

;// CONCATENATED MODULE: ./src/rules/start-action-exists/rule.ts


/** The flow's StartAction is missing or names no block. */
/* harmony default export */ const start_action_exists_rule = (defineRule({
    meta: {
        id: 'start-action-exists',
        description: 'StartAction names a block of the flow.',
        severity: 'error',
        functionName: 'startActionExists',
        messages: {
            missing: 'the flow has no "StartAction": set it to the Identifier of the first block.',
            unknownNear: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: did you mean "{{near}}"?',
            unknown: '"StartAction" names "{{start}}", which is not a block of this flow, so no call can enter it: set it to the Identifier of the first block.',
        },
    },
    check({ flow, report }) {
        if (flow.startAction === undefined) {
            // A StartAction that is there but not a string is flow-structure's finding.
            if (flow.structureProblems.some((p) => p.path[0] === 'StartAction'))
                return;
            report({ messageId: 'missing', path: [] });
            return;
        }
        if (flow.byId.has(flow.startAction))
            return;
        const near = describe_closest(flow.startAction, flow.byId.keys(), IDENTIFIER_TYPO_EDITS);
        const start = flow.startAction;
        report(near
            ? { messageId: 'unknownNear', data: (n) => ({ start: n.text(start, 1.2), near: n.text(near, 1.2) }), path: ['StartAction'] }
            : { messageId: 'unknown', data: (n) => ({ start: n.text(start, 1.2) }), path: ['StartAction'] });
    },
}));

;// CONCATENATED MODULE: ./src/rules/transition-target-exists/rule.ts


/** Transitions whose NextAction names no block of the flow. */
/* harmony default export */ const transition_target_exists_rule = (defineRule({
    meta: {
        id: 'transition-target-exists',
        description: 'Every transition goes to a block of the flow.',
        severity: 'error',
        functionName: 'transitionTargetExists',
        messages: {
            missingNear: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: did you mean "{{near}}"?',
            missing: '{{block}} sends {{branch}} to "{{target}}", which is not a block of this flow: point it at an existing block Identifier.',
        },
    },
    check({ flow, report }) {
        let ids;
        for (let actionIndex = 0, actions = flow.actions; actionIndex < actions.length; actionIndex++) {
            const action = actions[actionIndex];
            for (let ti = 0, transitionList = action.transitions; ti < transitionList.length; ti++) {
                const t = transitionList[ti];
                if (t.to >= 0)
                    continue;
                // The Identifiers are listed once per flow, and only when some target is missing.
                ids ??= [...flow.byId.keys()];
                const near = describe_closest(t.target, ids, IDENTIFIER_TYPO_EDITS);
                // The target is quoted whole where it fits: a near miss of an Identifier is told by a character or two.
                const data = (n) => ({
                    block: n.ref(action),
                    branch: t.kind === 'next' ? 'its next block' : t.kind === 'error' ? `its ${n.text(t.label, 0.6)} branch` : `its condition "${n.text(t.label, 0.6)}"`,
                    target: n.text(t.target, 1.2),
                    ...(near ? { near: n.text(near, 1.2) } : {}),
                });
                report({
                    messageId: near ? 'missingNear' : 'missing',
                    data,
                    block: action,
                    path: t.path,
                    facts: { target: t.target },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/unique-identifiers/rule.ts

/** Two blocks that share an Identifier. */
/* harmony default export */ const unique_identifiers_rule = (defineRule({
    meta: {
        id: 'unique-identifiers',
        description: 'No two blocks share an Identifier.',
        severity: 'error',
        functionName: 'uniqueIdentifiers',
        messages: {
            reused: 'block {{index}} ({{type}}) reuses the Identifier "{{id}}" of block {{firstIndex}}, so routes to it are ambiguous and the import fails: give it a new one.',
        },
    },
    check({ flow, report }) {
        for (const a of flow.actions) {
            // flow.byId keeps the first block of each Identifier: every later one is a duplicate.
            const first = flow.byId.get(a.id);
            if (first === a)
                continue;
            report({ messageId: 'reused', data: (n) => ({ index: a.index, type: n.text(a.type, 0.6), id: n.text(a.id, 1.2), firstIndex: first.index }), block: a });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/unreachable-block/rule.ts

/** Blocks no path from StartAction reaches. */
/* harmony default export */ const unreachable_block_rule = (defineRule({
    meta: {
        id: 'unreachable-block',
        description: 'Every block can be reached from the start.',
        severity: 'warn',
        functionName: 'unreachableBlock',
        messages: {
            unreachable: '{{block}} is unreachable, as no path from the start leads to it: connect it from a branch, or delete it.',
        },
    },
    check({ graph, flow, report }) {
        // Without an entry everything would be "unreachable"; start-action-exists reports the cause instead.
        if (graph.entry < 0)
            return;
        const reachable = graph.reachable();
        for (const a of flow.actions) {
            if (!reachable[a.index] && flow.byId.get(a.id) === a)
                report({ messageId: 'unreachable', data: (n) => ({ block: n.ref(a) }), block: a });
        }
    },
}));

;// CONCATENATED MODULE: ./src/generated/rules.ts













const BUILTIN_RULES = [rule, error_branches_wired_rule, flow_ends_rule, flow_structure_rule, known_action_type_rule, logging_enabled_rule, no_hardcoded_arn_rule, parameters_valid_rule, reference_exists_rule, start_action_exists_rule, transition_target_exists_rule, unique_identifiers_rule, unreachable_block_rule];

;// CONCATENATED MODULE: ./src/core/config/jsonpath-guard.ts
const MAX_LENGTH = 2000;
/** Nesting of parentheses and `!` in a filter: the parser recurses once per level. */
const MAX_EXPR_DEPTH = 50;
class Refused extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/** Returns the first problem in `path`, or undefined when it is a well-formed, code-free JSONPath. */
function checkJsonPath(path) {
    const r = jsonpath_guard_parseJsonPath(path);
    return 'offset' in r ? r : undefined;
}
const NAME = /[A-Za-z_$][\w$-]*/y;
const NUMBER = /-?\d+/y;
// Names that lead from a value to code in a JavaScript engine: refused so a path means the same wherever it is read.
const FORBIDDEN = new Set(['constructor', '__proto__', 'prototype']);
function jsonpath_guard_parseJsonPath(path) {
    if (path.length > MAX_LENGTH)
        return { offset: MAX_LENGTH, message: `the JSONPath is longer than ${MAX_LENGTH} characters` };
    if (!path.startsWith('$'))
        return { offset: 0, message: 'a JSONPath must start with "$" (the flow document)' };
    try {
        return { steps: new PathParser(path).parse() };
    }
    catch (e) {
        if (e instanceof Refused)
            return { offset: e.offset, message: e.message };
        throw e;
    }
}
class PathParser {
    s;
    i = 1;
    constructor(s) {
        this.s = s;
    }
    fail(at, message) {
        throw new Refused(at, message);
    }
    skipSpaces() {
        while (this.s[this.i] === ' ')
            this.i++;
    }
    match(re) {
        re.lastIndex = this.i;
        const m = re.exec(this.s);
        if (!m)
            return undefined;
        this.i += m[0].length;
        return m[0];
    }
    parse() {
        const steps = [];
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '.') {
                const descend = s[this.i + 1] === '.';
                this.i += descend ? 2 : 1;
                if (s[this.i] === '[') {
                    if (!descend)
                        this.fail(this.i, 'write "[" straight after the name, without a "." before it');
                    steps.push({ kind: 'select', descend, selector: this.bracket() });
                    continue;
                }
                if (s[this.i] === '*') {
                    this.i++;
                    steps.push({ kind: 'select', descend, selector: { kind: 'wildcard' } });
                    continue;
                }
                const at = this.i;
                const name = this.match(NAME) ?? this.match(/\d+/y);
                if (name === undefined)
                    this.fail(at, `expected a property name, "*" or "[" after "${descend ? '..' : '.'}"`);
                if (FORBIDDEN.has(name))
                    this.fail(at, `"${name}" is not allowed in a JSONPath`);
                steps.push({ kind: 'select', descend, selector: { kind: 'key', key: name } });
            }
            else if (c === '[')
                steps.push({ kind: 'select', descend: false, selector: this.bracket() });
            else if (c === '^') {
                this.i++;
                steps.push({ kind: 'parent' });
            }
            else if (c === '~') {
                this.i++;
                if (this.i < s.length)
                    this.fail(this.i, '"~" (the property name) must end the path');
                steps.push({ kind: 'name' });
            }
            else
                this.fail(this.i, `unexpected "${c}": continue the path with "." or "["`);
        }
        return steps;
    }
    /** `[...]` at this.i: an index, quoted names, `*`, a slice, a union, or a filter `?(...)`. */
    bracket() {
        const open = this.i;
        this.i++;
        this.skipSpaces();
        const s = this.s;
        let selector;
        if (s[this.i] === '*') {
            this.i++;
            selector = { kind: 'wildcard' };
        }
        else if (s[this.i] === '?') {
            this.i++;
            this.skipSpaces();
            if (s[this.i] !== '(')
                this.fail(this.i, 'a filter is written [?(...)]');
            this.i++;
            const expr = new ExprParser(s, this.i).parseFilter();
            this.i = expr.end;
            selector = { kind: 'filter', expr: expr.expr };
        }
        else if (s[this.i] === '(')
            this.fail(this.i, 'script expressions [(...)] are not allowed: use an index, a quoted name, a slice or a filter ?(...)');
        else {
            const items = [];
            const slice = this.slice();
            if (slice)
                selector = slice;
            else {
                for (;;) {
                    this.skipSpaces();
                    if (this.i >= s.length)
                        this.fail(open, 'unclosed "[": add the matching "]"');
                    const at = this.i;
                    const q = s[this.i];
                    let key;
                    if (q === "'" || q === '"') {
                        key = this.quoted();
                        // Other JSONPath engines (jsonpath-plus, Spectral's) run ['?(...)'] and ['(...)'] as scripts: refused,
                        // so a path never means a name here and code elsewhere.
                        if (/^\??\(/.test(key))
                            this.fail(at, `the quoted name ${q}${key}${q} would be run as a script by other JSONPath tools: write a filter without quotes, [?(@.Type == 'Compare')]`);
                    }
                    else {
                        const n = this.match(NUMBER);
                        if (n === undefined) {
                            const name = this.match(NAME);
                            if (name === undefined)
                                this.fail(at, `"[${s.slice(open + 1, s.indexOf(']', open) === -1 ? undefined : s.indexOf(']', open))}]" is not a valid selector: use an index, a quoted name, "*", a slice or a filter ?(...)`);
                            key = name;
                        }
                        else {
                            if (n.startsWith('-'))
                                this.fail(at, `negative index ${n}: use a slice such as [${n}:] for the last items`);
                            key = Number(n);
                        }
                    }
                    if (typeof key === 'string' && FORBIDDEN.has(key))
                        this.fail(at, `"${key}" is not allowed in a JSONPath`);
                    items.push(key);
                    this.skipSpaces();
                    if (s[this.i] !== ',')
                        break;
                    this.i++;
                }
                selector = items.length === 1 ? { kind: 'key', key: items[0] } : { kind: 'union', keys: items };
            }
        }
        this.skipSpaces();
        if (this.i >= s.length)
            this.fail(open, 'unclosed "[": add the matching "]"');
        if (s[this.i] !== ']')
            this.fail(this.i, `expected "]" to close the "[" at column ${open + 1}`);
        this.i++;
        return selector;
    }
    /** `start:end:step`, each part optional, or undefined (and nothing consumed) when this is not a slice. */
    slice() {
        const m = /(-?\d+)?\s*:\s*(-?\d+)?(?:\s*:\s*(-?\d+)?)?/y;
        m.lastIndex = this.i;
        const r = m.exec(this.s);
        if (!r || !r[0].includes(':'))
            return undefined;
        const step = r[3] === undefined ? 1 : Number(r[3]);
        if (!(step >= 1))
            this.fail(this.i, `a slice's step must be 1 or more, not ${r[3]}`);
        this.i += r[0].length;
        return { kind: 'slice', ...(r[1] !== undefined ? { start: Number(r[1]) } : {}), ...(r[2] !== undefined ? { end: Number(r[2]) } : {}), step };
    }
    /** A quoted name at this.i; `\` escapes the next character. */
    quoted() {
        const s = this.s;
        const q = s[this.i];
        const at = this.i;
        let out = '';
        for (this.i++; this.i < s.length; this.i++) {
            const c = s[this.i];
            if (c === '\\' && this.i + 1 < s.length)
                out += s[++this.i];
            else if (c === q) {
                this.i++;
                return out;
            }
            else
                out += c;
        }
        this.fail(at, 'unterminated quoted name: add the closing quote');
    }
}
const CALL = 'function calls are not allowed in a filter, nor method calls: compare values with ==, !=, <, >, &&, || instead';
/** A filter's expression: literals, `@`/`$` values and their members, comparisons, `&&`, `||`, `!`, parentheses. */
class ExprParser {
    s;
    i;
    depth = 0;
    /** The first forbidden member name: reported once the filter parses, so a call after it is named first. */
    forbidden;
    constructor(s, i) {
        this.s = s;
        this.i = i;
    }
    fail(at, message) {
        throw new Refused(at, message);
    }
    spaces() {
        while (/\s/.test(this.s[this.i] ?? ''))
            this.i++;
    }
    /** Parses up to the `)` that closes the filter, returning the offset after it. */
    parseFilter() {
        const expr = this.or();
        this.spaces();
        if (this.i >= this.s.length)
            this.fail(this.i, 'unclosed filter: add ")]"');
        if (this.s[this.i] !== ')')
            this.unexpected();
        if (this.forbidden)
            this.fail(this.forbidden.at, `"${this.forbidden.name}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
        return { expr, end: this.i + 1 };
    }
    unexpected() {
        const c = this.s[this.i] ?? '';
        if (c === '(')
            this.fail(this.i, CALL);
        if (c === '=')
            this.fail(this.i, 'assignment is not allowed in a filter: use == or === to compare');
        if (c === '`')
            this.fail(this.i, 'template literals are not allowed in a filter');
        this.fail(this.i, `unexpected "${c}" in the filter: filters compare values of the flow, such as @.Type == 'Compare'`);
    }
    op(...ops) {
        this.spaces();
        for (const o of ops) {
            if (this.s.startsWith(o, this.i)) {
                // "=" alone is assignment, not a comparison.
                const next = this.s[this.i + o.length];
                if ((o === '<' || o === '>') && next === '=')
                    continue;
                if ((o === '==' || o === '!=') && next === '=')
                    continue;
                if (o === '!' && next === '=')
                    continue;
                this.i += o.length;
                return o;
            }
        }
        return undefined;
    }
    binary(next, ops) {
        let left = next();
        for (let o = this.op(...ops); o !== undefined; o = this.op(...ops))
            left = { kind: 'binary', op: o, left, right: next() };
        return left;
    }
    or = () => this.binary(this.and, ['||']);
    and = () => this.binary(this.equality, ['&&']);
    equality = () => this.binary(this.relation, ['===', '!==', '==', '!=']);
    relation = () => this.binary(this.unary, ['<=', '>=', '<', '>']);
    unary = () => {
        if (++this.depth > MAX_EXPR_DEPTH)
            this.fail(this.i, `the filter is nested deeper than ${MAX_EXPR_DEPTH} levels`);
        try {
            if (this.op('!'))
                return { kind: 'not', operand: this.unary() };
            this.spaces();
            if (this.s[this.i] === '-' && !/\d/.test(this.s[this.i + 1] ?? '')) {
                this.i++;
                return { kind: 'negate', operand: this.unary() };
            }
            return this.primary();
        }
        finally {
            this.depth--;
        }
    };
    primary() {
        this.spaces();
        const s = this.s;
        const c = s[this.i];
        const start = this.i;
        let expr;
        if (c === '(') {
            this.i++;
            expr = this.or();
            this.spaces();
            if (s[this.i] !== ')')
                this.i >= s.length ? this.fail(start, 'unclosed "(" in the filter') : this.unexpected();
            this.i++;
        }
        else if (c === "'" || c === '"')
            expr = { kind: 'literal', value: this.string() };
        else if (c !== undefined && /[-\d.]/.test(c) && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.test(s.slice(this.i, this.i + 40))) {
            const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 40));
            this.i += m[0].length;
            expr = { kind: 'literal', value: Number(m[0]) };
        }
        else if (c === '@' || c === '$') {
            const word = /^(?:@root|@parentProperty|@parent|@property|@|\$)(?![\w$])/.exec(s.slice(this.i, this.i + 20));
            if (!word)
                this.fail(this.i, `unknown name "${/^@?[\w$]*/.exec(s.slice(this.i))[0]}": a filter can use @ (the value), @.name, @property, @parent, @parentProperty and $ (the document)`);
            this.i += word[0].length;
            if (word[0] === '@property' || word[0] === '@parentProperty')
                expr = { kind: word[0] === '@property' ? 'property' : 'parentProperty' };
            else
                expr = { kind: 'value', base: word[0] === '@' ? 'current' : word[0] === '@parent' ? 'parent' : 'root', keys: this.members() };
        }
        else {
            const word = /^[A-Za-z_$][\w$]*/.exec(s.slice(this.i));
            const literals = { true: true, false: false, null: null, undefined: undefined };
            if (word && Object.hasOwn(literals, word[0])) {
                this.i += word[0].length;
                expr = { kind: 'literal', value: literals[word[0]] };
            }
            else if (word)
                this.fail(this.i, `"${word[0]}" is not allowed in a filter: filters may only compare the values of the flow (@.Type == 'Compare')`);
            else if (this.i >= s.length)
                this.fail(this.i, 'unclosed filter: add ")]"');
            else
                this.unexpected();
        }
        this.spaces();
        if (s[this.i] === '(')
            this.fail(this.i, CALL);
        if (s[this.i] === '.' || s[this.i] === '[')
            this.fail(this.i, 'members and methods are only allowed on @ and $ in a filter: write @.Name, not (@.Name).trim() or "x".length');
        return expr;
    }
    /** `.name`, `['name']`, `[0]` after @ or $. */
    members() {
        const keys = [];
        const s = this.s;
        for (;;) {
            if (s[this.i] === '.') {
                this.i++;
                const m = /^(?:[A-Za-z_$][\w$]*|\d+)/.exec(s.slice(this.i));
                if (!m)
                    this.fail(this.i, 'expected a property name after "."');
                if (FORBIDDEN.has(m[0]))
                    this.forbidden ??= { at: this.i, name: m[0] };
                this.i += m[0].length;
                keys.push(/^\d/.test(m[0]) ? Number(m[0]) : m[0]);
            }
            else if (s[this.i] === '[') {
                this.i++;
                this.spaces();
                const at = this.i;
                let key;
                if (s[this.i] === "'" || s[this.i] === '"')
                    key = this.string();
                else {
                    const m = /^\d+/.exec(s.slice(this.i));
                    if (!m)
                        this.fail(at, 'a member in a filter is a quoted name or an index: @[\'name\'], @[0]');
                    this.i += m[0].length;
                    key = Number(m[0]);
                }
                if (typeof key === 'string' && FORBIDDEN.has(key))
                    this.forbidden ??= { at, name: key };
                this.spaces();
                if (s[this.i] !== ']')
                    this.fail(this.i, 'expected "]"');
                this.i++;
                keys.push(key);
            }
            else
                return keys;
        }
    }
    string() {
        const s = this.s;
        const q = s[this.i];
        const at = this.i;
        let out = '';
        for (this.i++; this.i < s.length; this.i++) {
            const c = s[this.i];
            if (c === '\\' && this.i + 1 < s.length) {
                const n = s[++this.i];
                out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
            }
            else if (c === q) {
                this.i++;
                return out;
            }
            else
                out += c;
        }
        this.fail(at, 'unterminated string in the filter');
    }
}

;// CONCATENATED MODULE: ./src/rules/adapter.ts


/** Where built-in rule pages live: each rule's folder, whose README.md GitHub shows beside its code. */
const RULE_DOCS_BASE = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/src/rules/';
/** A rule's page: its meta.docs, else (a built-in rule) its folder's README.md. */
function docsUrl(rule, builtin = true) {
    return rule.meta.docs ?? (builtin ? `${RULE_DOCS_BASE}${rule.meta.id}/README.md` : undefined);
}
/** Fills {{name}} placeholders; an unknown one is left as written, so a typo shows in the message. */
function fill(template, data) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => (data && Object.hasOwn(data, k) ? String(data[k]) : m));
}
/** The text of a report: its message id's template filled in, or its own message. */
function messageOf(rule, report) {
    if (report.messageId !== undefined) {
        const template = Object.hasOwn(rule.meta.messages, report.messageId) ? rule.meta.messages[report.messageId] : undefined;
        if (template === undefined)
            throw new Error(`rule "${rule.meta.id}" reported an unknown messageId "${report.messageId}"`);
        const data = report.data;
        return typeof data === 'function' ? fitMessage((names) => fill(template, data(names))) : fill(template, data);
    }
    if (report.message === undefined)
        throw new Error(`rule "${rule.meta.id}" reported neither a messageId nor a message`);
    return report.message;
}
function resultOf(rule, report) {
    const path = report.path ?? (report.block ? [...report.block.path, 'Identifier'] : undefined);
    const blockId = report.block?.id ?? report.blockId;
    return {
        message: messageOf(rule, report),
        ...(path ? { path } : {}),
        ...(report.part ? { part: report.part } : {}),
        ...(blockId !== undefined ? { blockId } : {}),
        ...(report.evidence ? { evidence: report.evidence } : {}),
        ...(report.evidenceKind ? { evidenceKind: report.evidenceKind } : {}),
        ...(report.related ? { related: report.related } : {}),
        ...(report.severity ? { severity: report.severity } : {}),
        ...(report.facts ? { values: report.facts } : {}),
    };
}
/** The engine's option type for one schema property (the config loader compiles and checks by it). */
function optionType(name, s) {
    if (s.type === 'boolean')
        return 'boolean';
    if (s.type === 'number' || s.type === 'integer')
        return 'number';
    if (s.type === 'string')
        return s.format === 'regex' ? 'regex' : 'string';
    if (s.type === 'array') {
        const items = s.items ?? {};
        if (items.format === 'regex')
            return 'regex[]';
        if (items.type === 'string')
            return 'string[]';
        return 'scalar[]';
    }
    throw new Error(`option "${name}": type ${String(s.type)} is not supported`);
}
/** The rule as a function of the engine: what a `then.function` runs. */
function functionOf(rule) {
    const options = {};
    const required = new Set(rule.meta.options?.required ?? []);
    for (const [name, s] of Object.entries(rule.meta.options?.properties ?? {})) {
        options[name] = { type: optionType(name, s), description: s.description, ...(required.has(name) ? { required: true } : {}) };
    }
    const asAny = rule;
    return {
        name: rule.meta.functionName ?? rule.meta.id,
        options,
        run: (target, opts, context) => {
            const results = [];
            rule.check({
                flow: context.flow,
                graph: context.graph,
                options: opts,
                path: context.path,
                target,
                ...(context.entry ? { entry: context.entry } : {}),
                report: (r) => results.push(resultOf(asAny, r)),
            });
            return results;
        },
        ...(rule.checkProject ? { checkProject: (context) => projectResults(rule, context) } : {}),
    };
}
/** `$`: a built-in rule runs once per flow, on the whole document. */
const WHOLE_FLOW = (() => {
    const parsed = jsonpath_guard_parseJsonPath('$');
    if (!('steps' in parsed))
        throw new Error('"$" must parse');
    return parsed.steps;
})();
/** Runs a rule's project hook; its reports name summaries, the engine's results their index. */
function projectResults(rule, context) {
    const index = new Map(context.summaries.map((s, i) => [s, i]));
    const indexOf = (s) => {
        const i = index.get(s);
        if (i === undefined)
            throw new Error(`rule "${rule.meta.id}" reported on a flow summary that is not one of the run's`);
        return i;
    };
    const results = [];
    rule.checkProject({
        summaries: context.summaries,
        links: context.links,
        optionsFor: (s) => context.optionsFor(indexOf(s)),
        report: (s, r) => results.push({
            summary: indexOf(s),
            message: messageOf(rule, r),
            range: r.range,
            ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
            ...(r.severity ? { severity: r.severity } : {}),
            ...(r.subject !== undefined ? { subject: r.subject } : {}),
        }),
    });
    return results;
}
/** The rule as every config sees it before a ruleset turns it on: defined, with `$` as its target, off. */
function definitionOf(rule, fn, builtin = true) {
    const origin = { file: `connect-flow-lint:rule/${rule.meta.id}`, at: { line: 1, column: 1 } };
    const defaults = {};
    for (const [name, s] of Object.entries(rule.meta.options?.properties ?? {}))
        if (s.default !== undefined)
            defaults[name] = s.default;
    return {
        id: rule.meta.id,
        description: rule.meta.description,
        severity: 'off',
        given: [{ text: '$', steps: WHOLE_FLOW, at: origin }],
        then: [{ fn, functionName: fn.name, options: defaults }],
        ...(docsUrl(rule, builtin) !== undefined ? { documentationUrl: docsUrl(rule, builtin) } : {}),
        definedIn: origin,
        setIn: origin,
    };
}

;// CONCATENATED MODULE: ./src/rules/index.ts



/** Each built-in rule's check as a function a ruleset's own rule may name (`then.function`). */
const RULE_FUNCTIONS = BUILTIN_RULES.map((r) => functionOf(r));
/** Every built-in rule as defined before any ruleset sets it: off, with its description and docs. */
const RULE_DEFINITIONS = BUILTIN_RULES.map((r, k) => definitionOf(r, RULE_FUNCTIONS[k]));

;// CONCATENATED MODULE: ./src/core/rules/functions/index.ts







/** Every built-in function by name: the names a config's `then.function` may use. */
const functions_BUILTIN_FUNCTIONS = new Map([
    ...GENERIC_FUNCTIONS,
    profileLookupBeforeUse,
    profileResponseFields,
    inputMenuConditions,
    storedInputBeforeUse,
    queueSetBeforeTransfer,
    ...RULE_FUNCTIONS,
].map((f) => [f.name, f]));

;// CONCATENATED MODULE: ./src/core/config/glob.ts

class glob_GlobError extends Error {
    offset;
    constructor(
    /** 0-based offset in the glob. */
    offset, message) {
        super(message);
        this.offset = offset;
    }
}
const MAX_GLOB_LENGTH = 1000;
/** Compiles a glob matched against a whole path. */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        throw new glob_GlobError(MAX_GLOB_LENGTH, `the glob is longer than ${MAX_GLOB_LENGTH} characters`);
    let re;
    try {
        re = RE2JS.compile(globToRe2(glob), RE2JS.DOTALL);
    }
    catch (e) {
        if (e instanceof glob_GlobError)
            throw e;
        throw new glob_GlobError(0, `invalid glob: ${e.message.replace(/^error parsing regexp: /, '')}`);
    }
    // testExact: the whole path must match, as if anchored at both ends.
    return { test: (path) => re.testExact(path) };
}
/**
 * Compiles a glob of `overrides.files`, matched against paths relative to the config's folder (a leading
 * "./" on either is ignored). A glob without "/" matches the file name in any folder, as in .gitignore and ESLint.
 */
function glob_compileFilesGlob(glob) {
    const g = glob.replace(/^\.\//, '');
    const matcher = compileGlob(g);
    const nameOnly = !g.includes('/');
    return {
        test: (path) => {
            const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
            return matcher.test(nameOnly ? p.slice(p.lastIndexOf('/') + 1) : p);
        },
    };
}
/** The glob as an RE2 pattern (no anchors). */
function globToRe2(glob) {
    let re = '';
    let inGroup = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // "**/" matches zero or more folders; a trailing "**" matches everything below.
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:[^/]*/)*';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            inGroup++;
            re += '(?:';
        }
        else if (c === '}' && inGroup > 0) {
            inGroup--;
            re += ')';
        }
        else if (c === ',' && inGroup > 0)
            re += '|';
        else if (c === '[') {
            // A "]" straight after "[" (or "[!") is a member, as in bash; an unclosed "[" is a literal.
            const end = glob.indexOf(']', i + 2);
            if (end === -1)
                re += '\\[';
            else {
                re += charClass(glob.slice(i + 1, end), i);
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            re += RE2JS.quote(glob[++i]);
        else
            re += RE2JS.quote(c);
    }
    // An unclosed "{" groups to the end of the glob.
    while (inGroup-- > 0)
        re += ')';
    return re;
}
/** `[abc]`, `[a-z]`, `[!a]`/`[^a]`: the class body as RE2, each range checked. `at` is the offset of "[". */
function charClass(body, at) {
    const negated = body[0] === '!' || body[0] === '^';
    const chars = [...body.slice(negated ? 1 : 0)];
    let out = '';
    for (let k = 0; k < chars.length; k++) {
        const a = chars[k];
        if (chars[k + 1] === '-' && k + 2 < chars.length) {
            const b = chars[k + 2];
            if (a.codePointAt(0) > b.codePointAt(0))
                throw new glob_GlobError(at, `invalid range "${a}-${b}" in "[${body}]": a range goes from the lower character to the higher, e.g. [${b}-${a}]`);
            out += `${escapeClassChar(a)}-${escapeClassChar(b)}`;
            k += 2;
        }
        else
            out += escapeClassChar(a);
    }
    // A negated class never matches "/": a glob matches within one folder name.
    return negated ? `[^${out}/]` : `[${out}]`;
}
function escapeClassChar(c) {
    return /\w/.test(c) ? c : `\\x{${c.codePointAt(0).toString(16)}}`;
}
/** For CLI arguments: an invalid glob matches nothing, so the CLI reports it as matching no file. */
function globMatcher(glob) {
    try {
        return compileGlob(glob);
    }
    catch (e) {
        if (e instanceof glob_GlobError)
            return { test: () => false };
        throw e;
    }
}

;// CONCATENATED MODULE: ./node_modules/re2js/build/index.js
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var build_RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return build_RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return build_RE2JS.compile(pattern, flags);
	};
}


;// CONCATENATED MODULE: ./src/core/config/pattern.ts

/**
 * Regular expressions from configs, matched by RE2 (re2js, pure JavaScript): its time is linear in the
 * input, so no pattern a pull request writes can backtrack catastrophically — no syntactic risk check is
 * needed, or could be complete. RE2 has no backreferences and no lookaround; those are config errors that
 * say what to write instead.
 */
/** Longest value a config's pattern is run on; longer values are matched on their first part. */
const MAX_PATTERN_INPUT = 10_000;
const MAX_PATTERN_LENGTH = 1000;
/**
 * RE2's time is linear in the input, times up to the size of the compiled program (its NFA may be in every
 * state at once: `(?:x?){500}x{500}` takes about a second on 10,000 characters). Programs are capped, and so is
 * the work one rule may do on one flow: characters matched times program size (lint.ts sets the budget).
 */
const MAX_PROGRAM_SIZE = 500;
/** About 3 s in the worst case measured (a 500-instruction program whose every state is live), far less typically. */
const MAX_PATTERN_WORK = 500_000_000;
class PatternBudgetExceeded extends Error {
}
let budget;
/**
 * Runs `run` with a budget of pattern work; returns undefined when the patterns it matched went over it.
 * Outside such a call patterns are not metered (the repository pass matches short references only).
 */
function withPatternBudget(units, run) {
    const outer = budget;
    budget = { remaining: units };
    try {
        return { value: run() };
    }
    catch (e) {
        if (e instanceof PatternBudgetExceeded)
            return undefined;
        throw e;
    }
    finally {
        budget = outer;
    }
}
/** A compiled config pattern. Not a RegExp, so nothing can hand it to the backtracking engine by mistake. */
class ConfigPattern {
    source;
    re;
    size;
    constructor(source, re, size) {
        this.source = source;
        this.re = re;
        this.size = size;
    }
    /** Compiles JavaScript regular-expression syntax; throws PatternError with an offset into `source`. */
    static compile(source) {
        if (source.length > MAX_PATTERN_LENGTH)
            throw new PatternError(MAX_PATTERN_LENGTH, `the regular expression is longer than ${MAX_PATTERN_LENGTH} characters`);
        unsupported(source);
        let re;
        try {
            re = build_RE2JS.compile(build_RE2JS.translateRegExp(source));
        }
        catch (e) {
            throw new PatternError(0, `not a valid regular expression: ${e.message.replace(/^error parsing regexp: /, '')}`);
        }
        const size = re.programSize();
        if (size > MAX_PROGRAM_SIZE)
            throw new PatternError(0, `the regular expression is too large: it compiles to ${size} steps, more than ${MAX_PROGRAM_SIZE}. Use + or * instead of large counted repeats ({100}), or split it into several rules`);
        return new ConfigPattern(source, re, size);
    }
    /** True when the pattern matches somewhere in `text` (its first MAX_PATTERN_INPUT characters). */
    test(text) {
        const input = text.length > MAX_PATTERN_INPUT ? text.slice(0, MAX_PATTERN_INPUT) : text;
        if (budget) {
            budget.remaining -= (input.length + 1) * this.size;
            if (budget.remaining < 0)
                throw new PatternBudgetExceeded();
        }
        return this.re.test(input);
    }
    toString() {
        return `/${this.source}/`;
    }
    /** --print-config shows the pattern as it was written. */
    toJSON() {
        return this.source;
    }
}
class PatternError extends Error {
    offset;
    constructor(
    /** 0-based offset in the pattern. */
    offset, message) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Finds what RE2 cannot do before translating: re2js's JavaScript translation would turn `\k<name>` into
 * the literal text "k<name>", silently changing what the pattern means.
 */
function unsupported(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const n = source[i + 1] ?? '';
            if (!inClass && (/[1-9]/.test(n) || (n === 'k' && source[i + 2] === '<'))) {
                throw new PatternError(i, `backreferences (${n === 'k' ? '\\k<name>' : `\\${n}`}) are not supported: config patterns run on RE2, which matches in linear time and has none. Write the repeated text out, e.g. (ab)ab instead of (ab)\\1`);
            }
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[') {
            // In JavaScript's syntax the first "]" always closes a class ([] matches nothing, [^] anything).
            inClass = true;
        }
        else if (c === '(' && source[i + 1] === '?') {
            const kind = source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 'lookahead' : source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 'lookbehind' : undefined;
            if (kind) {
                throw new PatternError(i, `${kind} (${source.slice(i, i + (kind === 'lookahead' ? 3 : 4))}…) is not supported: config patterns run on RE2, which matches in linear time and has no lookaround. ` +
                    `Match the text itself (Hello world, not Hello(?= world)), or use the option "notMatch" for text that must not appear`);
            }
        }
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/core/source/yaml-unique.ts

/**
 * The first repeated key in any mapping of `doc`, found in one linear pass. The yaml package's own check
 * (`uniqueKeys: true`) compares every key with every other: a hostile 20 MB mapping would take hours.
 * Parse with `uniqueKeys: false` and call this instead. Iterative, so nesting cannot exhaust the stack.
 */
function firstDuplicateKey(doc) {
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const k = pair.key;
                if ((0,dist/* isScalar */.jn)(k)) {
                    const key = `${typeof k.value}:${String(k.value)}`;
                    if (seen.has(key))
                        return { key: String(k.value), offset: k.range?.[0] ?? 0 };
                    seen.add(key);
                }
                else if (k !== null)
                    stack.push(k);
                stack.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                stack.push(item);
    }
    return undefined;
}
/** The yaml package reports hostile nesting as the engine's stack overflow: say what it means. */
function yamlMessage(message) {
    return /Maximum call stack/i.test(message) ? 'the YAML is nested too deeply to read (a real file nests a few dozen levels at most)' : message;
}

;// CONCATENATED MODULE: ./src/core/config/yaml-tree.ts


class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.file}:${p.at.line}:${p.at.column}: ${p.message}`).join('\n'));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
// Configs come from pull requests: cap what a hostile file can make us build.
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;
/** Configs are read from files (capped at 1 MiB there) and from the GitHub API: the same cap for both. */
const MAX_CONFIG_CHARS = 1024 * 1024;
/** Parses a config file's YAML into a position-carrying tree; throws ConfigError with every problem found. */
function parseYamlTree(file, text) {
    if (text.length > MAX_CONFIG_CHARS) {
        throw new ConfigError([{ file, at: { line: 1, column: 1 }, message: `the config is ${text.length} characters, over the ${MAX_CONFIG_CHARS}-character limit: a config that large is not a config` }]);
    }
    const lineCounter = new dist/* LineCounter */.HN();
    // Unique keys are checked below in one pass; the yaml package's own check is quadratic in the keys of a mapping.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const pos = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    const problems = [];
    for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
        problems.push({ file, at: pos(e.pos[0]), message: `invalid YAML: ${yamlMessage(e.message.split('\n')[0])}` });
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    let count = 0;
    const convert = (node, depth, fallback) => {
        if (++count > MAX_NODES)
            throw new ConfigError([{ file, at: fallback, message: `the config is too large (over ${MAX_NODES} values)` }]);
        if (depth > MAX_DEPTH)
            throw new ConfigError([{ file, at: fallback, message: `the config is nested deeper than ${MAX_DEPTH} levels` }]);
        if ((0,dist/* isAlias */.Vj)(node)) {
            // Aliases are how "billion laughs" bombs grow; a linter config has no need for them.
            throw new ConfigError([{ file, at: pos(node.range?.[0]), message: 'YAML aliases (*name) are not allowed in a config: write the value out' }]);
        }
        const at = pos(node?.range?.[0]) ?? fallback;
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            const entries = node.items.map((pair) => {
                const keyAt = (0,dist/* isScalar */.jn)(pair.key) ? pos(pair.key.range?.[0]) : at;
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    throw new ConfigError([{ file, at: keyAt, message: 'keys must be plain names' }]);
                if (key === '<<')
                    throw new ConfigError([{ file, at: keyAt, message: 'YAML merge keys (<<) are not allowed in a config' }]);
                if (seen.has(key))
                    throw new ConfigError([{ file, at: keyAt, message: `invalid YAML: Map keys must be unique ("${key}" is repeated)` }]);
                seen.add(key);
                return { key, keyAt, value: pair.value === null ? { kind: 'scalar', at: keyAt, value: null } : convert(pair.value, depth + 1, keyAt) };
            });
            return { kind: 'map', at, entries };
        }
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'seq', at, items: node.items.map((item) => convert(item, depth + 1, at)) };
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
            const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
            return quoted && node.range ? { kind: 'scalar', at, value, textAt: pos(node.range[0] + 1) } : { kind: 'scalar', at, value };
        }
        return { kind: 'scalar', at, value: null };
    };
    return convert(doc.contents, 0, { line: 1, column: 1 });
}
/** Plain JavaScript value of a tree (objects without a prototype, so "__proto__" is just a key). */
function plain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(plain);
    const o = Object.create(null);
    for (const e of node.entries)
        o[e.key] = plain(e.value);
    return o;
}
function yaml_tree_describeKind(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    return node.value === null ? 'empty' : `${typeof node.value} ${JSON.stringify(node.value)}`;
}

;// CONCATENATED MODULE: ./src/core/config/ruleset.ts






const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warn', 'info', 'off']));
const SEVERITY_ALIASES = { warning: 'warn', hint: 'info', information: 'info', none: 'off', false: 'off' };
function entriesOf(node) {
    return node.kind === 'map' ? node.entries : [];
}
function readRuleset(file, baseDir, tree, problems, functions = BUILTIN_FUNCTIONS) {
    const at = (node) => ({ file, at: 'at' in node ? node.at : node });
    const problem = (where, message) => {
        problems.push({ file, at: where, message });
    };
    const result = { file, extends: [], rules: new Map(), overrides: [], flows: new Map() };
    if (tree.kind === 'scalar' && tree.value === null)
        return result;
    if (tree.kind !== 'map') {
        problem(tree.at, `a config must be a mapping with "extends", "rules" and "overrides", not ${describeKind(tree)}`);
        return result;
    }
    for (const { key, keyAt, value } of tree.entries) {
        // A key left empty (its entries commented out, as in the starter config) means "none".
        if (value.kind === 'scalar' && value.value === null && ['extends', 'rules', 'overrides', 'functions'].includes(key))
            continue;
        if (key === 'extends') {
            const items = value.kind === 'seq' ? value.items : [value];
            for (const item of items) {
                if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '')
                    result.extends.push({ ref: item.value, origin: at(item) });
                else
                    problem(item.at, `"extends" takes ruleset names ("connect-flow-lint:recommended") or relative paths, not ${describeKind(item)}`);
            }
        }
        else if (key === 'rules') {
            readRules(value, result.rules);
        }
        else if (key === 'overrides') {
            if (value.kind !== 'seq') {
                problem(value.at, `"overrides" must be a list of { files, rules }, not ${describeKind(value)}`);
                continue;
            }
            for (const item of value.items) {
                const files = [];
                const rules = new Map();
                if (item.kind !== 'map') {
                    problem(item.at, `each override must be a mapping with "files" and "rules", not ${describeKind(item)}`);
                    continue;
                }
                for (const e of item.entries) {
                    if (e.key === 'files') {
                        const globs = e.value.kind === 'seq' ? e.value.items : [e.value];
                        for (const g of globs) {
                            if (g.kind === 'scalar' && typeof g.value === 'string' && g.value !== '') {
                                try {
                                    files.push(compileFilesGlob(g.value));
                                }
                                catch (e) {
                                    if (!(e instanceof GlobError))
                                        throw e;
                                    const textAt = g.textAt ?? g.at;
                                    const shift = g.value.startsWith('./') ? 2 : 0;
                                    problem({ line: textAt.line, column: textAt.column + e.offset + shift }, `invalid glob in "files" (${JSON.stringify(g.value)}): ${e.message}`);
                                }
                            }
                            else
                                problem(g.at, `"files" takes glob patterns such as "flows/modules/**", not ${describeKind(g)}`);
                        }
                    }
                    else if (e.key === 'rules')
                        readRules(e.value, rules);
                    else
                        problem(e.keyAt, `unknown key "${e.key}" in an override: use "files" and "rules"`);
                }
                if (files.length === 0)
                    problem(item.at, 'this override has no "files": say which files its rules apply to');
                result.overrides.push({ files, baseDir, rules, origin: at(item) });
            }
        }
        else if (key === 'flows') {
            if (value.kind !== 'map') {
                problem(value.at, `"flows" must map references (an ARN, an id or a name) to files, e.g. "arn:aws:connect:…/contact-flow/abc": flows/sub.json, not ${describeKind(value)}`);
                continue;
            }
            for (const e of value.entries) {
                if (e.value.kind !== 'scalar' || typeof e.value.value !== 'string' || e.value.value === '') {
                    problem(e.value.at, `the flows entry "${e.key}" must be a file path (optionally with #FlowName), not ${describeKind(e.value)}`);
                    continue;
                }
                const [path, name] = e.value.value.split('#', 2);
                result.flows.set(e.key, { file: baseDir === '' ? path : `${baseDir}/${path}`.replace(/\/\.\//g, '/'), ...(name ? { name } : {}) });
            }
        }
        else if (key === 'tests') {
            // Scenario files for `connect-flow-lint test`, read there (src/cli/test-command.ts); checked here so a typo is a config error.
            if (!(value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && typeof i.value === 'string' && i.value !== '')))
                problem(value.at, '"tests" must be a list of scenario files or globs relative to this file (tests: ["flows/**/*.test.yaml"])');
        }
        else if (key === 'functions' || key === 'functionsDir') {
            // Read by the adapter before resolution (functions.ts), which loads the modules they name.
            const ok = key === 'functionsDir' ? value.kind === 'scalar' && typeof value.value === 'string' : value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && typeof i.value === 'string' && /^[A-Za-z_$][\w$]*$/.test(i.value));
            if (!ok)
                problem(value.at, key === 'functionsDir' ? '"functionsDir" must be a folder path relative to this file' : '"functions" must be a list of function names (each a JavaScript identifier, loaded from functions/<name>.js next to this file)');
        }
        else {
            const near = closest(key, ['extends', 'rules', 'overrides', 'functions', 'functionsDir', 'flows', 'tests']);
            problem(keyAt, `unknown key "${key}"${near ? `: did you mean "${near}"?` : ': a config has "extends", "rules", "overrides" and "functions"'}`);
        }
    }
    return result;
    function readRules(node, into) {
        if (node.kind !== 'map') {
            problem(node.at, `"rules" must be a mapping of rule ids to a severity or a rule, not ${describeKind(node)}`);
            return;
        }
        for (const { key, keyAt, value } of node.entries) {
            const entry = readRuleEntry(key, keyAt, value);
            if (entry)
                into.set(key, entry);
        }
    }
    function readSeverity(node) {
        const raw = node.kind === 'scalar' ? node.value : undefined;
        if (typeof raw === 'string' && SEVERITIES.includes(raw))
            return raw;
        if (raw === false)
            return 'off';
        const alias = typeof raw === 'string' && Object.hasOwn(SEVERITY_ALIASES, raw) ? SEVERITY_ALIASES[raw] : undefined;
        problem(node.at, `invalid severity ${node.kind === 'scalar' ? JSON.stringify(node.value) : describeKind(node)}: use one of ${SEVERITIES.join(', ')}${alias ? ` (did you mean "${alias}"?)` : ''}`);
        return undefined;
    }
    function readRuleEntry(id, keyAt, value) {
        if (id === 'parse-error') {
            problem(keyAt, '"parse-error" cannot be configured: a file that is not valid JSON is always an error');
            return undefined;
        }
        if (value.kind === 'scalar') {
            const severity = readSeverity(value);
            return severity ? { kind: 'set', origin: at(value), severity } : undefined;
        }
        if (value.kind === 'seq') {
            // ESLint's form: [severity, options]
            const [sev, opts, ...rest] = value.items;
            if (!sev || rest.length > 0) {
                problem(value.at, 'a rule given as a list must be [severity] or [severity, options]');
                return undefined;
            }
            const severity = readSeverity(sev);
            return severity ? { kind: 'set', origin: at(value), severity, options: opts } : undefined;
        }
        const has = (k) => value.entries.some((e) => e.key === k);
        if (!has('given') && !has('then')) {
            let severity;
            let options;
            for (const e of value.entries) {
                if (e.key === 'severity')
                    severity = readSeverity(e.value);
                else if (e.key === 'options' || e.key === 'functionOptions')
                    options = e.value;
                else
                    problem(e.keyAt, `unknown key "${e.key}" for rule "${id}": set "severity" and "options", or define the rule in full with "given" and "then"`);
            }
            return { kind: 'set', origin: at(value), severity, options };
        }
        const rule = readRuleDefinition(id, keyAt, value);
        return rule ? { kind: 'define', rule } : undefined;
    }
    function readRuleDefinition(id, keyAt, node) {
        const before = problems.length;
        let description;
        let message;
        let documentationUrl;
        let severity = 'warn';
        const given = [];
        const then = [];
        const text = (e) => {
            if (e.value.kind === 'scalar' && typeof e.value.value === 'string')
                return e.value.value;
            problem(e.value.at, `"${e.key}" must be a string, not ${describeKind(e.value)}`);
            return undefined;
        };
        for (const e of entriesOf(node)) {
            switch (e.key) {
                case 'description':
                    description = text(e);
                    break;
                case 'message':
                    message = text(e);
                    break;
                case 'documentationUrl':
                    documentationUrl = text(e);
                    break;
                case 'severity':
                    severity = readSeverity(e.value) ?? severity;
                    break;
                case 'recommended':
                case 'formats':
                    break;
                case 'given': {
                    const items = e.value.kind === 'seq' ? e.value.items : [e.value];
                    for (const item of items) {
                        if (item.kind !== 'scalar' || typeof item.value !== 'string') {
                            problem(item.at, `"given" must be a JSONPath string such as "$.Actions[*]", not ${describeKind(item)}`);
                            continue;
                        }
                        const parsed = parseJsonPath(item.value);
                        const textAt = item.textAt ?? item.at;
                        if ('offset' in parsed)
                            problem({ line: textAt.line, column: textAt.column + parsed.offset }, `invalid JSONPath in "given" (${JSON.stringify(item.value)}): ${parsed.message}`);
                        else
                            given.push({ text: item.value, steps: parsed.steps, at: at(textAt) });
                    }
                    break;
                }
                case 'then': {
                    const items = e.value.kind === 'seq' ? e.value.items : [e.value];
                    for (const item of items) {
                        const t = readThen(item);
                        if (t)
                            then.push(t);
                    }
                    break;
                }
                default: {
                    const near = closest(e.key, ['description', 'message', 'severity', 'given', 'then', 'documentationUrl']);
                    problem(e.keyAt, `unknown key "${e.key}" in rule "${id}"${near ? `: did you mean "${near}"?` : ''}`);
                }
            }
        }
        if (!entriesOf(node).some((e) => e.key === 'given'))
            problem(keyAt, `rule "${id}" has "then" but no "given": add the JSONPath it applies to ("$" for the whole flow)`);
        if (!entriesOf(node).some((e) => e.key === 'then'))
            problem(keyAt, `rule "${id}" has "given" but no "then": add { function: ..., functionOptions: ... }`);
        if (problems.length > before)
            return undefined;
        const origin = at(keyAt);
        return { id, description, message, severity, given, then, documentationUrl, definedIn: origin, setIn: origin };
    }
    function readThen(node) {
        if (node.kind !== 'map') {
            problem(node.at, `"then" must be a mapping with "function" (and "field", "functionOptions"), not ${describeKind(node)}`);
            return undefined;
        }
        let field;
        let fnName;
        let fnAt = node.at;
        let optionsNode;
        for (const e of node.entries) {
            if (e.key === 'field' && e.value.kind === 'scalar' && typeof e.value.value === 'string')
                field = e.value.value;
            else if (e.key === 'function' && e.value.kind === 'scalar' && typeof e.value.value === 'string') {
                fnName = e.value.value;
                fnAt = e.value.at;
            }
            else if (e.key === 'functionOptions')
                optionsNode = e.value;
            else
                problem(e.keyAt, `unexpected "${e.key}" in "then": it takes "field" (a string), "function" (a string) and "functionOptions"`);
        }
        if (!fnName) {
            problem(node.at, `"then" needs a "function": one of ${[...functions.keys()].join(', ')}`);
            return undefined;
        }
        const fn = functions.get(fnName);
        if (!fn) {
            const near = closest(fnName, functions.keys());
            problem(fnAt, `unknown function "${fnName}"${near ? `: did you mean "${near}"?` : ''} (built-in functions: ${[...BUILTIN_FUNCTIONS.keys()].join(', ')}; a ruleset adds its own with "functions: [name]")`);
            return undefined;
        }
        const options = compileOptions(fn, optionsNode, node.at, file, problems);
        return options ? { ...(field !== undefined ? { field: field.split('.') } : {}), functionName: fnName, fn, options } : undefined;
    }
}
/** Checks options against the function's declared options and compiles regex strings to ConfigPatterns (RE2). */
function compileOptions(fn, node, fallback, file, problems, base = {}) {
    const before = problems.length;
    const out = { ...base };
    const problem = (where, message) => {
        problems.push({ file, at: where, message });
    };
    if (node !== undefined && !(node.kind === 'scalar' && node.value === null)) {
        if (node.kind !== 'map')
            problem(node.at, `options of "${fn.name}" must be a mapping, not ${yaml_tree_describeKind(node)}`);
        else if (fn.anyOptions)
            Object.assign(out, plain(node));
        else {
            for (const { key, keyAt, value } of node.entries) {
                const spec = Object.hasOwn(fn.options, key) ? fn.options[key] : undefined;
                if (!spec) {
                    const names = Object.keys(fn.options);
                    const near = describe_closest(key, names);
                    problem(keyAt, `unknown option "${key}" for function "${fn.name}"${near ? `: did you mean "${near}"?` : ''} (${names.length ? `its options: ${names.join(', ')}` : 'it takes no options'})`);
                    continue;
                }
                const compiled = compileOption(key, spec, value, problem);
                if (compiled !== undefined)
                    out[key] = compiled;
            }
        }
    }
    for (const [name, spec] of Object.entries(fn.options)) {
        if (spec.required && out[name] === undefined)
            problem(node?.at ?? fallback, `function "${fn.name}" needs the option "${name}" (${spec.description})`);
    }
    if (problems.length === before && fn.validate) {
        const error = fn.validate(out);
        if (error)
            problem(node?.at ?? fallback, `options of "${fn.name}": ${error}`);
    }
    return problems.length > before ? undefined : out;
}

function compileOption(key, spec, node, problem) {
    const value = plain(node);
    const wrong = (expected) => {
        problem(node.at, `option "${key}" must be ${expected}, not ${yaml_tree_describeKind(node)}`);
        return undefined;
    };
    const regex = (v, at) => {
        if (typeof v !== 'string')
            return wrong('a regular expression string');
        try {
            return ConfigPattern.compile(v);
        }
        catch (e) {
            if (!(e instanceof PatternError))
                throw e;
            problem(at, `option "${key}": /${v}/ is ${e.message.startsWith('not a valid') ? '' : 'not accepted: '}${e.message}`);
            return undefined;
        }
    };
    switch (spec.type) {
        case 'boolean':
            return typeof value === 'boolean' ? value : wrong('true or false');
        case 'string':
            return typeof value === 'string' ? value : wrong('a string');
        case 'number':
            return typeof value === 'number' && Number.isFinite(value) ? value : wrong('a number');
        case 'string[]':
            return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : wrong('a list of strings');
        case 'scalar[]':
            return Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)) ? value : wrong('a list of values');
        case 'regex':
            return regex(value, node.at);
        case 'regex[]': {
            if (node.kind !== 'seq')
                return wrong('a list of regular expressions');
            const out = node.items.map((item) => regex(plain(item), item.at));
            return out.every((r) => r !== undefined) ? out : undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/identity.ts
/**
 * What a finding is about, apart from where it is printed and how it is worded: the place inside its block
 * (a parameter, the block itself) and the rule's own facts (the field read, the error type, the target).
 * Never the message or a path of block Identifiers, so unrelated edits to the flow (blocks inserted, moved,
 * renamed elsewhere) leave it unchanged.
 */
function subjectOf(pathInBlock, values) {
    const facts = values ? Object.keys(values).sort().map((k) => [k, values[k]]) : [];
    return JSON.stringify([pathInBlock.join('.'), ...facts]);
}
/**
 * The part of `path` below the block it is in (`Actions[7].Parameters.Text` → `Parameters.Text`): a block's
 * index changes whenever another block is inserted or moved. Paths outside the blocks are kept whole.
 */
function pathInBlock(path) {
    return path[0] === 'Actions' && typeof path[1] === 'number' ? path.slice(2) : path;
}
/**
 * A finding's identity: file, rule, flow, block Identifier and subject. Baselines and SARIF fingerprints use
 * it; two findings with the same identity are told apart by count.
 */
function findingIdentity(f) {
    return JSON.stringify([f.file, f.ruleId, f.flowName ?? null, f.blockId ?? null, f.subject ?? null]);
}
/** A short, stable digest of an identity, for SARIF `partialFingerprints` (FNV-1a, 64 bits as hex). */
function fingerprintOf(identity) {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < identity.length; i++) {
        h ^= BigInt(identity.charCodeAt(i));
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
}

;// CONCATENATED MODULE: ./src/core/json/simple-path.ts
/**
 * Caps per `given` per file. A document of a few MB has a few hundred thousand values; chains of descents
 * (`$..*..*..*`) grow with the nesting depth to a power, so past these a rule is reported as a config problem.
 */
const MAX_MATCHES = 100_000;
/** Values visited, filters evaluated and path keys built. */
const MAX_WORK = 5_000_000;
class Exceeded extends Error {
    what;
    constructor(what) {
        super(what);
        this.what = what;
    }
}
/** Evaluates parsed steps over a document: iterative, own properties only, within MAX_MATCHES and MAX_WORK. */
function evaluatePath(document, steps, limits = {}) {
    const maxMatches = limits.matches ?? MAX_MATCHES;
    let work = limits.work ?? MAX_WORK;
    const spend = (n) => {
        work -= n;
        if (work < 0)
            throw new Exceeded('work');
    };
    const root = { value: document, key: undefined, parent: undefined, depth: 0 };
    let names = false;
    try {
        let current = [root];
        for (const step of steps) {
            const next = [];
            const add = (n) => {
                spend(1);
                next.push(n);
            };
            if (step.kind === 'parent') {
                for (const n of current)
                    if (n.parent)
                        add(n.parent);
            }
            else if (step.kind === 'name') {
                names = true;
                for (const n of current)
                    if (n.parent)
                        add(n);
            }
            else {
                for (const n of current) {
                    if (!step.descend)
                        simple_path_select(n, step.selector, add, root, spend);
                    else {
                        // Descendant-or-self containers, in document order, with an explicit stack.
                        const stack = [n];
                        while (stack.length > 0) {
                            const c = stack.pop();
                            spend(1);
                            simple_path_select(c, step.selector, add, root, spend);
                            const kids = [];
                            children(c, (k) => {
                                if (typeof k.value === 'object' && k.value !== null)
                                    kids.push(k);
                            });
                            for (let i = kids.length - 1; i >= 0; i--)
                                stack.push(kids[i]);
                        }
                    }
                }
            }
            if (next.length > maxMatches)
                throw new Exceeded('matches');
            current = next;
        }
        const hits = [];
        for (const n of current) {
            spend(n.depth);
            hits.push({ value: names ? n.key : n.value, path: pathOf(n) });
        }
        return { hits };
    }
    catch (e) {
        if (e instanceof Exceeded)
            return { exceeded: e.what };
        throw e;
    }
}
function pathOf(n) {
    const path = new Array(n.depth);
    for (let c = n; c && c.parent; c = c.parent)
        path[c.depth - 1] = c.key;
    return path;
}
function children(n, f) {
    const v = n.value;
    const depth = n.depth + 1;
    if (Array.isArray(v))
        for (let i = 0; i < v.length; i++)
            f({ value: v[i], key: i, parent: n, depth });
    else if (typeof v === 'object' && v !== null)
        for (const k of Object.keys(v))
            f({ value: v[k], key: k, parent: n, depth });
}
/**
 * The member `key` of a node's value: array items by index, object members by name; own properties only, so
 * an array's `length` too, as in jsonpath-plus (`$.Actions.length`).
 */
function member(n, key) {
    const v = n.value;
    if (Array.isArray(v)) {
        if (key === 'length')
            return { value: v.length, key, parent: n, depth: n.depth + 1 };
        const i = typeof key === 'number' ? key : /^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
        return i >= 0 && i < v.length ? { value: v[i], key: i, parent: n, depth: n.depth + 1 } : undefined;
    }
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key)))
        return { value: v[String(key)], key: String(key), parent: n, depth: n.depth + 1 };
    return undefined;
}
function simple_path_select(n, s, add, root, spend) {
    switch (s.kind) {
        case 'key': {
            const m = member(n, s.key);
            if (m)
                add(m);
            return;
        }
        case 'union':
            for (const k of s.keys) {
                const m = member(n, k);
                if (m)
                    add(m);
            }
            return;
        case 'wildcard':
            children(n, add);
            return;
        case 'slice': {
            const v = n.value;
            if (!Array.isArray(v))
                return;
            const len = v.length;
            const clamp = (x) => Math.min(len, Math.max(0, x < 0 ? x + len : x));
            const start = clamp(s.start ?? 0);
            const end = clamp(s.end ?? len);
            for (let i = start; i < end; i += s.step)
                add({ value: v[i], key: i, parent: n, depth: n.depth + 1 });
            return;
        }
        case 'filter':
            children(n, (c) => {
                spend(1);
                if (simple_path_truthy(evaluate(s.expr, c, root, spend)))
                    add(c);
            });
    }
}
function simple_path_truthy(v) {
    return Boolean(v);
}
/** A member of a value in a filter: own properties, and the length of arrays and strings. */
function memberValue(v, key) {
    if (typeof v === 'string')
        return key === 'length' ? v.length : undefined;
    if (Array.isArray(v))
        return key === 'length' ? v.length : typeof key === 'number' ? v[key] : /^(?:0|[1-9]\d*)$/.test(key) ? v[Number(key)] : undefined;
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(key)))
        return v[String(key)];
    return undefined;
}
const simple_path_isObject = (v) => typeof v === 'object' && v !== null;
function evaluate(e, at, root, spend) {
    spend(1);
    switch (e.kind) {
        case 'literal':
            return e.value;
        case 'property':
            return at.key;
        case 'parentProperty':
            return at.parent?.key;
        case 'value': {
            let v = e.base === 'current' ? at.value : e.base === 'root' ? root.value : at.parent?.value;
            for (const k of e.keys)
                v = memberValue(v, k);
            return v;
        }
        case 'not':
            return !simple_path_truthy(evaluate(e.operand, at, root, spend));
        case 'negate': {
            const v = evaluate(e.operand, at, root, spend);
            return typeof v === 'number' ? -v : undefined;
        }
        case 'binary': {
            if (e.op === '&&')
                return simple_path_truthy(evaluate(e.left, at, root, spend)) && simple_path_truthy(evaluate(e.right, at, root, spend));
            if (e.op === '||')
                return simple_path_truthy(evaluate(e.left, at, root, spend)) || simple_path_truthy(evaluate(e.right, at, root, spend));
            const l = evaluate(e.left, at, root, spend);
            const r = evaluate(e.right, at, root, spend);
            // Objects and arrays compare by identity only: converting them to text would cost their whole size.
            if (simple_path_isObject(l) || simple_path_isObject(r)) {
                if (e.op === '==' || e.op === '===')
                    return l === r;
                if (e.op === '!=' || e.op === '!==')
                    return l !== r;
                return false;
            }
            const a = l;
            const b = r;
            switch (e.op) {
                case '==':
                    return a == b;
                case '!=':
                    return a != b;
                case '===':
                    return a === b;
                case '!==':
                    return a !== b;
                case '<':
                    return a < b;
                case '<=':
                    return a <= b;
                case '>':
                    return a > b;
                case '>=':
                    return a >= b;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/core/source/embedded.ts
/**
 * Maps offsets inside a decoded JSON string literal (a flow held in a `Content` string) back to offsets in
 * the file, so a finding inside the embedded flow lands on the right line and column of the file. One pass
 * over the literal per batch of offsets, and no table as long as the literal.
 */
function embeddedOffsetMapper(fileText, literalStart, literalEnd) {
    return (inner) => {
        const order = inner.map((_, k) => k).sort((a, b) => inner[a] - inner[b]);
        const out = new Array(inner.length);
        const stop = literalEnd - 1;
        let outer = literalStart + 1;
        let decoded = 0;
        for (const k of order) {
            const target = inner[k];
            while (decoded < target && outer < stop) {
                // One escape decodes to one UTF-16 unit (\uXXXX included).
                outer += fileText.charCodeAt(outer) === 0x5c ? (fileText[outer + 1] === 'u' ? 6 : 2) : 1;
                decoded++;
            }
            out[k] = Math.min(outer, stop);
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./src/core/source/yaml-scalar.ts
/**
 * Maps offsets inside the value of a YAML string scalar back to offsets in the file. A flow's JSON kept in
 * a CloudFormation template's `Content: |` (or a quoted or plain scalar) is decoded by YAML: indentation
 * stripped, lines folded, escapes resolved. This decodes the scalar's source again, recording where each
 * character of the value came from, and checks the result against the YAML library's own value: when they
 * agree the mapping is exact; when they do not (a construct not modelled here), every offset falls back to
 * the start of the value's first line, which is still the right place to look.
 */
/** Records decoded characters and their source offsets as runs, so a 200 KB value costs a few runs, not a table. */
class Recorder {
    chars = [];
    runDecoded = [];
    runSource = [];
    length = 0;
    emit(ch, source) {
        const last = this.runDecoded.length - 1;
        if (last < 0 || this.runSource[last] + (this.length - this.runDecoded[last]) !== source) {
            this.runDecoded.push(this.length);
            this.runSource.push(source);
        }
        this.chars.push(ch);
        this.length += ch.length;
    }
    /** Removes the last `count` characters (trailing whitespace a fold drops). */
    drop(count) {
        for (let k = 0; k < count; k++) {
            const ch = this.chars.pop();
            this.length -= ch.length;
            while (this.runDecoded.length > 0 && this.runDecoded[this.runDecoded.length - 1] >= this.length) {
                this.runDecoded.pop();
                this.runSource.pop();
            }
        }
    }
    mapper(end) {
        const d = this.runDecoded;
        const s = this.runSource;
        const total = this.length;
        return (inner) => inner.map((o) => {
            if (o >= total || d.length === 0)
                return end;
            let lo = 0;
            let hi = d.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (d[mid] <= o)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return s[lo] + (o - d[lo]);
        });
    }
}
const isBreak = (c) => c === '\n' || c === '\r';
const isWhite = (c) => c === ' ' || c === '\t';
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029',
};
/** Skips one line break (\n or \r\n) at i; returns the index after it. */
function skipBreak(text, i) {
    return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}
/** Plain, single- and double-quoted scalars: line folding, and the escapes of the quoted styles. */
function decodeFlow(text, start, end, style, out) {
    let pendingWhite = 0; // whitespace emitted since the last non-white character: dropped if a break follows
    let i = start;
    while (i < end) {
        const c = text[i];
        if (isBreak(c)) {
            out.drop(pendingWhite);
            pendingWhite = 0;
            const first = i;
            let breaks = 0;
            const positions = [];
            while (i < end && isBreak(text[i])) {
                positions.push(i);
                i = skipBreak(text, i);
                breaks++;
                while (i < end && isWhite(text[i]))
                    i++;
            }
            if (breaks === 1)
                out.emit(' ', first);
            else
                for (let k = 1; k < breaks; k++)
                    out.emit('\n', positions[k]);
            continue;
        }
        if (isWhite(c)) {
            out.emit(c, i);
            pendingWhite++;
            i++;
            continue;
        }
        pendingWhite = 0;
        if (style === 'QUOTE_DOUBLE' && c === '\\') {
            const e = text[i + 1] ?? '';
            if (isBreak(e)) {
                // An escaped line break joins the lines with nothing between them.
                i = skipBreak(text, i + 1);
                while (i < end && isWhite(text[i]))
                    i++;
                continue;
            }
            const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
            if (hex > 0) {
                const code = Number.parseInt(text.slice(i + 2, i + 2 + hex), 16);
                out.emit(Number.isNaN(code) ? '' : String.fromCodePoint(code), i);
                i += 2 + hex;
                continue;
            }
            out.emit(Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : e, i);
            i += 2;
            continue;
        }
        if (style === 'QUOTE_SINGLE' && c === "'" && text[i + 1] === "'") {
            out.emit("'", i);
            i += 2;
            continue;
        }
        out.emit(c, i);
        i++;
    }
}
/** Literal (`|`) and folded (`>`) block scalars, with chomping (`-`, `+`) and an explicit indentation digit. */
function decodeBlock(text, start, end, style, out) {
    let i = start + 1;
    let chomp = 'clip';
    let explicit = 0;
    while (i < end && /[-+0-9]/.test(text[i])) {
        const c = text[i];
        if (c === '-')
            chomp = 'strip';
        else if (c === '+')
            chomp = 'keep';
        else
            explicit = Number(c);
        i++;
    }
    const headerLineStart = text.lastIndexOf('\n', start) + 1;
    let nl = text.indexOf('\n', i);
    if (nl === -1 || nl >= end)
        return true; // header only: an empty value
    const raw = [];
    for (let from = nl + 1; from < end;) {
        let to = text.indexOf('\n', from);
        if (to === -1 || to > end)
            to = end;
        raw.push({ from, to: text[to - 1] === '\r' ? to - 1 : to });
        from = to + 1;
    }
    let indent;
    if (explicit > 0) {
        let parent = 0;
        while (text[headerLineStart + parent] === ' ')
            parent++;
        indent = parent + explicit;
    }
    else {
        const firstText = raw.find((l) => /[^ ]/.test(text.slice(l.from, l.to)));
        if (!firstText)
            indent = 0;
        else {
            indent = 0;
            while (text[firstText.from + indent] === ' ')
                indent++;
        }
    }
    const lines = raw.map(({ from, to }) => {
        const line = text.slice(from, to);
        const isEmpty = line.length <= indent && line.trim() === '';
        return { at: from + Math.min(indent, line.length), content: isEmpty ? '' : line.slice(indent), breakAt: to, empty: isEmpty };
    });
    let last = lines.length - 1;
    while (last >= 0 && lines[last].empty)
        last--;
    const moreIndented = (l) => isWhite(l.content[0]);
    const emitContent = (l) => {
        for (let k = 0; k < l.content.length; k++)
            out.emit(l.content[k], l.at + k);
    };
    if (style === 'BLOCK_LITERAL') {
        for (let k = 0; k <= last; k++) {
            emitContent(lines[k]);
            if (k < last || chomp !== 'strip')
                out.emit('\n', lines[k].breakAt);
        }
    }
    else {
        let k = 0;
        for (; k <= last && lines[k].empty; k++)
            out.emit('\n', lines[k].breakAt);
        let previous = -1;
        for (; k <= last; k++) {
            const line = lines[k];
            if (line.empty)
                continue;
            if (previous >= 0) {
                // The break after the previous text line folds to a space between two plain text lines; next to a
                // more-indented line it is kept. Each empty line between is a line break.
                const before = lines[previous];
                const plain = !moreIndented(before) && !moreIndented(line);
                if (plain && k === previous + 1)
                    out.emit(' ', before.breakAt);
                else if (!plain)
                    out.emit('\n', before.breakAt);
                for (let j = previous + 1; j < k; j++)
                    out.emit('\n', lines[j].breakAt);
            }
            emitContent(line);
            previous = k;
        }
        if (previous >= 0 && chomp !== 'strip')
            out.emit('\n', lines[previous].breakAt);
    }
    if (chomp === 'keep')
        for (let k = last + 1; k < lines.length; k++)
            out.emit('\n', lines[k].breakAt);
    return true;
}
/**
 * The mapping for a string scalar whose source runs from `range[0]` to `range[1]` in `text` (the YAML
 * library's node range) and whose decoded value is `value`.
 */
function yamlScalarMapper(text, range, style, value) {
    const [start, end] = range;
    const out = new Recorder();
    try {
        if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED')
            decodeBlock(text, start, end, style, out);
        else if (style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE')
            decodeFlow(text, start + 1, end - 1, style, out);
        else if (style === 'PLAIN' || style === undefined)
            decodeFlow(text, start, end, 'PLAIN', out);
        if (out.chars.join('') === value)
            return { toFile: out.mapper(end), exact: true };
    }
    catch {
        // fall through to the fallback
    }
    let first = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? text.indexOf('\n', start) + 1 : start;
    if (first <= 0 || first > end)
        first = start;
    while (first < end && text[first] === ' ')
        first++;
    return { toFile: (inner) => inner.map(() => first), exact: false };
}

;// CONCATENATED MODULE: ./src/core/source/cloudformation.ts








/**
 * Flows in CloudFormation templates (hand-written YAML or JSON, and CDK's `cdk.out/*.template.json`): the
 * `Properties.Content` of each `AWS::Connect::ContactFlow` and `AWS::Connect::ContactFlowModule` resource,
 * a JSON string or an `Fn::Sub` of one. The flow's name is the resource's logical id.
 */
const FLOW_RESOURCE = 'AWS::Connect::ContactFlow';
const MODULE_RESOURCE = 'AWS::Connect::ContactFlowModule';
/** CloudFormation's short-form intrinsic functions (`!Sub`, `!Ref`...), each in scalar, list and map form. */
const INTRINSICS = [
    'Ref', 'Condition', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'FindInMap', 'ImportValue', 'Base64', 'Split', 'Equals',
    'And', 'Or', 'Not', 'GetAZs', 'Cidr', 'Transform', 'Length', 'ToJsonString', 'Contains', 'EachMemberEquals',
    'EachMemberIn', 'ValueOf', 'ValueOfAll', 'RefAll', 'ForEach',
];
const CLOUDFORMATION_TAGS = INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (s) => s },
    { tag: `!${name}`, collection: 'seq', resolve: (c) => c },
    { tag: `!${name}`, collection: 'map', resolve: (c) => c },
]);
/** The text looks like a template even though it does not parse: its syntax errors are then findings. */
function looksLikeTemplateText(text) {
    return /^["']?(AWSTemplateFormatVersion|Resources)["']?\s*:/m.test(text);
}
/** A template: `AWSTemplateFormatVersion`, or a `Resources` map whose values have a `Type`. */
function looksLikeTemplate(value) {
    if (!isObject(value))
        return false;
    if (own(value, 'AWSTemplateFormatVersion') !== undefined)
        return true;
    const resources = own(value, 'Resources');
    return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof own(r, 'Type') === 'string');
}
function describeResources(count, types) {
    const list = [...types].slice(0, 4).join(', ');
    return `it is a CloudFormation template with no ${FLOW_RESOURCE} or ${MODULE_RESOURCE} resource (${count} resource${count === 1 ? '' : 's'}${list ? `: ${list}${types.size > 4 ? ', ...' : ''}` : ''})`;
}
/** Lints what was found: each string Content as a flow; the rest as findings naming the resource. */
function assemble(file, lines, candidates) {
    const flows = [];
    const problems = [];
    let legacyReported = false;
    const point = (offset) => ({ start: lines.position(offset), end: lines.position(offset + 1) });
    for (const c of candidates) {
        const label = `the Content of ${c.resourceType} "${c.id}"`;
        if (c.kind === 'unsupported') {
            problems.push({
                ruleId: 'unsupported-content',
                message: `${label} ${c.what}, which the linter cannot read, so this flow was not checked: write the flow as one JSON string (in Fn::Sub/!Sub when it needs placeholders)`,
                range: point(c.at),
            });
            continue;
        }
        if (c.kind === 'object') {
            flows.push({ file, value: c.value, name: c.id, ...(c.flowType ? { flowType: c.flowType } : {}), ranges: (r) => c.locator.ranges(r) });
            continue;
        }
        const result = readEmbeddedFlow(file, lines, { content: c.content, toFile: c.toFile, label, placeholders: c.sub, name: c.id, flowType: c.flowType, ...(c.substitutions ? { substitutions: c.substitutions } : {}) });
        if (result.kind === 'flow')
            flows.push(result.flow);
        else if (result.kind === 'problem')
            problems.push(result.problem);
        else if (result.kind === 'legacy') {
            if (!legacyReported)
                problems.push(result.problem);
            legacyReported = true;
        }
        else
            problems.push({ ruleId: 'flow-structure', message: `${label} is JSON but not a flow: ${result.reason}`, range: result.range });
    }
    return { flows, problems };
}
function flowTypeOf(resourceType, declared, content) {
    if (resourceType === MODULE_RESOURCE)
        return MODULE_FLOW_TYPE;
    return str(declared) ?? contentFlowType(content);
}
function intrinsicName(v) {
    const keys = Object.keys(v);
    return keys.length === 1 && (keys[0].startsWith('Fn::') || keys[0] === 'Ref') ? keys[0] : undefined;
}
/**
 * Fn::Sub's variable map, reduced to what links flows: each variable that is a `Fn::GetAtt` or `Ref` of a
 * resource, mapped to that resource's logical id (`{ SubFlowArn: { "Fn::GetAtt": ["SubFlow", "Arn"] } }`).
 */
function jsonSubstitutions(vars) {
    if (!isObject(vars))
        return undefined;
    const out = new Map();
    for (const [name, v] of Object.entries(vars)) {
        if (!isObject(v))
            continue;
        const getAtt = own(v, 'Fn::GetAtt');
        const ref = own(v, 'Ref');
        const target = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : ref;
        if (typeof target === 'string' && target !== '')
            out.set(name, target);
    }
    return out.size > 0 ? out : undefined;
}
/** The same for a YAML `!Sub [template, { Var: !GetAtt SubFlow.Arn }]`. */
function yamlSubstitutions(doc, node) {
    const form = deref(doc, node);
    const list = (0,dist/* isSeq */.oP)(form) ? form : (0,dist/* isMap */.jh)(form) && form.items.length === 1 ? deref(doc, form.items[0].value) : undefined;
    const vars = (0,dist/* isSeq */.oP)(list) ? deref(doc, list.items[1]) : undefined;
    if (!(0,dist/* isMap */.jh)(vars))
        return undefined;
    const out = new Map();
    for (const pair of vars.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        const v = deref(doc, pair.value);
        let target;
        const tag = v?.tag;
        if ((0,dist/* isScalar */.jn)(v) && (tag === '!GetAtt' || tag === '!Ref') && typeof v.value === 'string')
            target = v.value.split('.')[0];
        else if ((0,dist/* isSeq */.oP)(v) && tag === '!GetAtt')
            target = deref(doc, v.items[0])?.value;
        else if ((0,dist/* isMap */.jh)(v) && v.items.length === 1) {
            const k = (0,dist/* isScalar */.jn)(v.items[0].key) ? v.items[0].key.value : undefined;
            const inner = deref(doc, v.items[0].value);
            if (k === 'Ref' && (0,dist/* isScalar */.jn)(inner))
                target = inner.value;
            if (k === 'Fn::GetAtt')
                target = (0,dist/* isSeq */.oP)(inner) ? deref(doc, inner.items[0])?.value : (0,dist/* isScalar */.jn)(inner) && typeof inner.value === 'string' ? inner.value.split('.')[0] : undefined;
        }
        if (name && typeof target === 'string' && target !== '')
            out.set(name, target);
    }
    return out.size > 0 ? out : undefined;
}
/** A JSON template (hand-written or from CDK), or undefined when the value is not one. */
function readJsonTemplate(file, text, lines, value) {
    if (!looksLikeTemplate(value))
        return undefined;
    const resources = own(value, 'Resources');
    const entries = isObject(resources) ? Object.entries(resources) : [];
    const types = new Set();
    const pending = [];
    for (const [id, r] of entries) {
        const resourceType = isObject(r) ? own(r, 'Type') : undefined;
        if (typeof resourceType === 'string')
            types.add(resourceType);
        if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE)
            continue;
        const props = own(r, 'Properties');
        const base = ['Resources', id];
        if (!isObject(props) || !Object.hasOwn(props, 'Content')) {
            pending.push({ id, resourceType, props: isObject(props) ? props : undefined, content: undefined, path: base, kind: 'unsupported', what: 'is missing' });
            continue;
        }
        const content = props['Content'];
        const contentPath = [...base, 'Properties', 'Content'];
        const sub = isObject(content) ? own(content, 'Fn::Sub') : undefined;
        if (typeof content === 'string')
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'string' });
        else if (typeof sub === 'string')
            pending.push({ id, resourceType, props, content: sub, path: [...contentPath, 'Fn::Sub'], kind: 'sub' });
        else if (Array.isArray(sub) && typeof sub[0] === 'string')
            pending.push({ id, resourceType, props, content: sub[0], path: [...contentPath, 'Fn::Sub', 0], kind: 'sub', substitutions: jsonSubstitutions(sub[1]) });
        else if (looksLikeFlow(content))
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'object' });
        else {
            const fn = isObject(content) ? intrinsicName(content) : undefined;
            const what = fn ? `is built with ${fn}` : `is ${content === null ? 'null' : Array.isArray(content) ? 'an array' : isObject(content) ? 'an object' : `a ${typeof content}`}, not a JSON string`;
            pending.push({ id, resourceType, props, content, path: contentPath, kind: 'unsupported', what });
        }
    }
    if (pending.length === 0)
        return { flows: [], problems: [], notAFlow: describeResources(entries.length, types) };
    const located = locatePaths(text, pending.map((p) => p.path));
    const candidates = pending.map((p, k) => {
        const l = located[k];
        const flowType = flowTypeOf(p.resourceType, p.props ? own(p.props, 'Type') : undefined, p.kind === 'object' ? p.content : undefined);
        const common = { id: p.id, resourceType: p.resourceType, flowType };
        if (p.kind === 'unsupported')
            return { ...common, kind: 'unsupported', what: p.what, at: l.keyStart ?? l.start };
        if (p.kind === 'object')
            return { ...common, kind: 'object', value: p.content, locator: new TextLocator(text, lines, undefined, p.path) };
        return { ...common, kind: 'string', content: p.content, toFile: embeddedOffsetMapper(text, l.start, l.end), sub: p.kind === 'sub', ...(p.substitutions ? { substitutions: p.substitutions } : {}) };
    });
    return assemble(file, lines, candidates);
}
/** Looks a key up in a YAML map node, following aliases. */
function pairOf(doc, map, key) {
    const m = deref(doc, map);
    if (!(0,dist/* isMap */.jh)(m))
        return undefined;
    for (const pair of m.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
            return { key: pair.key, value: deref(doc, pair.value) };
    }
    return undefined;
}
function deref(doc, node) {
    // Aliases resolve to their anchor's node: its source range is where the text really is.
    for (let k = 0; k < 16 && (0,dist/* isAlias */.Vj)(node); k++)
        node = node.resolve(doc);
    return node;
}
/** A scalar written without a tag (or with `!!str`), holding a string. */
function plainString(node) {
    return (0,dist/* isScalar */.jn)(node) && (node.tag === undefined || node.tag === 'tag:yaml.org,2002:str') && typeof node.value === 'string' ? node.value : undefined;
}
function startOf(node, fallback) {
    const range = node?.range;
    return range ? range[0] : fallback;
}
/** What a YAML Content node holds: the string scalar with the flow, or why there is none. */
function yamlContent(doc, node) {
    const templateOf = (form) => {
        const first = (0,dist/* isSeq */.oP)(form) ? deref(doc, form.items[0]) : form;
        return (0,dist/* isScalar */.jn)(first) && typeof first.value === 'string' ? first : undefined;
    };
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.tag === '!Sub')
            return typeof node.value === 'string' ? { scalar: node, sub: true } : { what: 'is a !Sub of a non-string' };
        if (node.tag?.startsWith('!') && !node.tag.startsWith('!!'))
            return { what: `is built with ${node.tag}` };
        if (typeof node.value === 'string')
            return { scalar: node, sub: false };
        return { what: `is ${node.value === null ? 'empty' : `a ${typeof node.value}`}, not a JSON string` };
    }
    if ((0,dist/* isSeq */.oP)(node) && node.tag === '!Sub') {
        const t = templateOf(node);
        return t ? { scalar: t, sub: true } : { what: 'is a !Sub whose template is not a string' };
    }
    if ((0,dist/* isMap */.jh)(node) && node.items.length === 1) {
        const key = (0,dist/* isScalar */.jn)(node.items[0].key) ? node.items[0].key.value : undefined;
        if (key === 'Fn::Sub') {
            const t = templateOf(deref(doc, node.items[0].value));
            return t ? { scalar: t, sub: true } : { what: 'is an Fn::Sub whose template is not a string' };
        }
        if (typeof key === 'string' && (key.startsWith('Fn::') || key === 'Ref'))
            return { what: `is built with ${key}` };
    }
    const tag = node?.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!'))
        return { what: `is built with ${tag}` };
    return { what: `is a YAML ${(0,dist/* isMap */.jh)(node) ? 'mapping' : (0,dist/* isSeq */.oP)(node) ? 'list' : 'value'}, not a JSON string` };
}
/** A YAML file: a CloudFormation template's flows, or "not a flow" (with the reason) for any other YAML. */
function readYamlFile(file, text, lines) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { customTags: [...CLOUDFORMATION_TAGS], prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
    const duplicate = doc.errors.length > 0 ? undefined : firstDuplicateKey(doc);
    if (doc.errors.length > 0 || duplicate) {
        const e = doc.errors[0] ?? { message: `Map keys must be unique ("${duplicate.key}" is repeated)`, pos: [duplicate.offset, duplicate.offset + 1] };
        const message = yamlMessage(e.message.split('\n')[0]);
        if (looksLikeTemplateText(text)) {
            return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid YAML in this CloudFormation template: ${message}`, range: { start: lines.position(e.pos[0]), end: lines.position(e.pos[1]) } }] };
        }
        return { flows: [], problems: [], notAFlow: `it is neither JSON nor valid YAML (${message}), and does not look like a CloudFormation template` };
    }
    const root = deref(doc, doc.contents);
    const resources = pairOf(doc, root, 'Resources')?.value;
    const isTemplate = pairOf(doc, root, 'AWSTemplateFormatVersion') !== undefined ||
        ((0,dist/* isMap */.jh)(resources) && resources.items.some((p) => plainString(pairOf(doc, p.value, 'Type')?.value) !== undefined));
    if (!isTemplate) {
        return {
            flows: [],
            problems: [],
            notAFlow: 'it is YAML but not a CloudFormation template (no AWSTemplateFormatVersion, no Resources with a Type): flows are read from YAML only in CloudFormation templates',
        };
    }
    const candidates = [];
    const types = new Set();
    const items = (0,dist/* isMap */.jh)(resources) ? resources.items : [];
    for (const pair of items) {
        const id = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const resourceType = plainString(pairOf(doc, pair.value, 'Type')?.value);
        if (resourceType !== undefined)
            types.add(resourceType);
        if (resourceType !== FLOW_RESOURCE && resourceType !== MODULE_RESOURCE)
            continue;
        const props = pairOf(doc, pair.value, 'Properties')?.value;
        const declared = plainString(pairOf(doc, props, 'Type')?.value);
        const contentPair = pairOf(doc, props, 'Content');
        const flowType = flowTypeOf(resourceType, declared, undefined);
        const common = { id, resourceType, flowType };
        if (!contentPair) {
            candidates.push({ ...common, kind: 'unsupported', what: 'is missing', at: startOf(pair.key, 0) });
            continue;
        }
        const found = yamlContent(doc, contentPair.value);
        if ('what' in found) {
            candidates.push({ ...common, kind: 'unsupported', what: found.what, at: startOf(contentPair.key, 0) });
            continue;
        }
        const scalar = found.scalar;
        const { toFile } = yamlScalarMapper(text, scalar.range, scalar.type, scalar.value);
        const substitutions = found.sub ? yamlSubstitutions(doc, contentPair.value) : undefined;
        candidates.push({ ...common, kind: 'string', content: scalar.value, toFile, sub: found.sub, ...(substitutions ? { substitutions } : {}) });
    }
    if (candidates.length === 0)
        return { flows: [], problems: [], notAFlow: describeResources(items.length, types) };
    return assemble(file, lines, candidates);
}

;// CONCATENATED MODULE: ./src/core/source/line-map.ts
/**
 * Turns character offsets into 1-based line and column. A batch of offsets is placed in one pass that
 * stops at the largest of them, counting newlines with indexOf: no table of every line of a 17 MB file.
 */
class LineMap {
    text;
    anchorOffsets;
    anchorLines;
    constructor(text) {
        this.text = text;
    }
    /**
     * Known (offset, line) pairs in ascending order, e.g. where each block of the flow starts: a position past
     * one is counted from it, not from the last position placed. The caller vouches that they are right.
     */
    anchor(offsets, lines) {
        this.anchorOffsets = offsets;
        this.anchorLines = lines;
    }
    position(offset) {
        return this.positions([offset])[0];
    }
    positions(offsets) {
        const text = this.text;
        const order = offsets.map((_, k) => k).sort((a, b) => offsets[a] - offsets[b]);
        const out = new Array(offsets.length);
        let line = 1;
        let lineStart = 0;
        // The next line break after lineStart, found once per line: searching again for every offset on a long
        // line (a minified flow is one line) would scan the rest of the file each time.
        let nextBreak = text.indexOf('\n');
        for (const k of order) {
            const o = Math.max(0, Math.min(offsets[k], text.length));
            const a = this.anchorBefore(o);
            // Only an anchor on a later line moves the count; one on the current line adds nothing.
            if (a >= 0 && this.anchorLines[a] > line) {
                line = this.anchorLines[a];
                lineStart = text.lastIndexOf('\n', this.anchorOffsets[a] - 1) + 1;
                nextBreak = text.indexOf('\n', lineStart);
            }
            while (nextBreak !== -1 && nextBreak < o) {
                line++;
                lineStart = nextBreak + 1;
                nextBreak = text.indexOf('\n', lineStart);
            }
            out[k] = { line, column: o - lineStart + 1 };
        }
        return out;
    }
    /** Index of the last anchor at or before `offset`, or -1. */
    anchorBefore(offset) {
        const offsets = this.anchorOffsets;
        if (!offsets || offsets.length === 0 || offsets[0] > offset)
            return -1;
        let lo = 0;
        let hi = offsets.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (offsets[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}

;// CONCATENATED MODULE: ./src/core/source/read-file.ts








/** Where the flow's JSON sits as a string: `aws connect describe-contact-flow(-module)` output and `{Name, Type, Content}` wrappers. */
const CONTENT_WRAPPERS = [['ContactFlow'], ['ContactFlowModule'], []];
/** Files read as YAML when they are not JSON: CloudFormation templates. */
const YAML_FILE = /\.(ya?ml|template)$/i;
/**
 * Finds the flows in one file's text. Pure: the caller reads the file. Never throws for any input;
 * every defect becomes a problem with a position.
 */
function readFlowFile(file, rawText) {
    // A byte-order mark is not JSON whitespace; a space keeps every offset where it was.
    const original = rawText.charCodeAt(0) === 0xfeff ? ' ' + rawText.slice(1) : rawText;
    const lines = new LineMap(original);
    const at = (start, end = start) => ({ start: lines.position(start), end: lines.position(end) });
    const yamlName = YAML_FILE.test(file);
    if (original.trim() === '') {
        if (yamlName)
            return { flows: [], problems: [], notAFlow: 'the file is empty' };
        return { flows: [], problems: [{ ruleId: 'parse-error', message: 'the file is empty: a flow export is a JSON object', range: at(0) }] };
    }
    // A `.template` that starts like JSON is a JSON template: its syntax errors are JSON errors.
    const jsonLike = /^\s*[[{]/.test(original);
    // Terraform `.tpl` templates hold all kinds of text (user data scripts, policies): only JSON ones can be flows.
    if (!jsonLike && /(?<!\.json)\.tpl$/i.test(file))
        return { flows: [], problems: [], notAFlow: 'a .tpl template that is not JSON' };
    // Terraform templatefile() flows may hold `${...}` where a value belongs; a stand-in keeps offsets.
    const parsed = parseJson(original, true);
    if (!parsed.ok) {
        if (yamlName && !(jsonLike && /\.template$/i.test(file)))
            return readYamlFile(file, original, lines);
        return { flows: [], problems: [{ ruleId: 'parse-error', message: `invalid JSON: ${parsed.message}`, range: at(parsed.offset) }] };
    }
    const { value, text, duplicates } = parsed;
    if (looksLikeFlow(value)) {
        // The block lines were counted over this very text (valid JSON: every line break is between tokens).
        if (text === original)
            lines.anchor(parsed.blockStarts, parsed.blockLines);
        const locator = new TextLocator(text, lines, undefined, [], fastLookup(parsed, value));
        const flowType = contentFlowType(value);
        return { flows: [{ file, value, name: flowName(value), ...(flowType ? { flowType } : {}), ...(duplicates.length > 0 ? { duplicateKeys: duplicates } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
    }
    for (const prefix of CONTENT_WRAPPERS) {
        let holder = value;
        for (const k of prefix)
            holder = isObject(holder) ? own(holder, k) : undefined;
        if (!isObject(holder))
            continue;
        const content = own(holder, 'Content');
        const moduleWrapper = prefix[0] === 'ContactFlowModule';
        if (typeof content === 'string')
            return readWrapped(file, text, lines, holder, [...prefix, 'Content'], content, moduleWrapper);
        // A wrapper as the value of Content (`{"Content": {"Content": ...}}`): wrapped twice, read one level down.
        const nested = isObject(content) && !looksLikeFlow(content) ? own(content, 'Content') : undefined;
        if (isObject(content) && typeof nested === 'string')
            return readWrapped(file, text, lines, { ...content, ...pick(holder) }, [...prefix, 'Content', 'Content'], nested, moduleWrapper);
        if (isObject(content) && looksLikeFlow(nested)) {
            const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content', 'Content']);
            const flowType = str(own(holder, 'Type')) ?? str(own(content, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(nested));
            const name = str(own(holder, 'Name')) ?? str(own(content, 'Name')) ?? flowName(nested);
            const identifiers = [...wrapperIdentifiers(holder), ...wrapperIdentifiers(content)];
            return { flows: [{ file, value: nested, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
        }
        if (looksLikeFlow(content)) {
            // Some tools write the flow as an object, not a string, under the same wrapper keys.
            const locator = new TextLocator(text, lines, undefined, [...prefix, 'Content']);
            const flowType = str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : contentFlowType(content));
            const name = str(own(holder, 'Name')) ?? flowName(content);
            const identifiers = wrapperIdentifiers(holder);
            return { flows: [{ file, value: content, name, ...(flowType ? { flowType } : {}), ...(identifiers.length > 0 ? { identifiers } : {}), ranges: (r) => locator.ranges(r) }], problems: [] };
        }
    }
    const template = readJsonTemplate(file, text, lines, value);
    if (template)
        return template;
    if (looksLikeLegacyFlow(value)) {
        return { flows: [], problems: [{ ruleId: 'legacy-format', message: LEGACY_MESSAGE, range: at(text.search(/\S/)) }] };
    }
    return { flows: [], problems: [], notAFlow: describeNonFlow(value) };
}
/** The outer wrapper's Name and Type, which win over the inner wrapper's. */
function pick(holder) {
    const out = {};
    for (const k of ['Name', 'Type'])
        if (str(own(holder, k)) !== undefined)
            out[k] = own(holder, k);
    return out;
}
/** describe-contact-flow's Id and Arn (and an Id/Arn some wrappers carry): what other flows call it by. */
function wrapperIdentifiers(holder) {
    return ['Id', 'Arn', 'ContactFlowId', 'ContactFlowArn'].flatMap((k) => {
        const v = str(own(holder, k));
        return v ? [v] : [];
    });
}
/** Wrappers inside wrappers: one more `Content` level is unwrapped (some pipelines wrap an export again); past that, a problem. */
const MAX_CONTENT_LEVELS = 2;
function readWrapped(file, text, lines, holder, contentPath, content, moduleWrapper) {
    const literal = locatePaths(text, [contentPath])[0];
    const label = `"${contentPath.join('.')}"`;
    const outer = {
        name: str(own(holder, 'Name')),
        flowType: str(own(holder, 'Type')) ?? (moduleWrapper ? MODULE_FLOW_TYPE : undefined),
        identifiers: wrapperIdentifiers(holder),
    };
    return readContentString(file, lines, content, embeddedOffsetMapper(text, literal.start, literal.end), label, outer, 1);
}
/**
 * The flow in a `Content` string whose offsets `toFile` maps to the file. A string that is itself a wrapper
 * (`{"Content": "..."}` or `{"Content": {flow}}`) is unwrapped once more, its offsets mapped through both
 * levels, so a flow wrapped twice is linted, not passed over as "not a flow".
 */
function readContentString(file, lines, content, toFile, label, outer, level) {
    const result = readEmbeddedFlow(file, lines, { content, toFile, label, placeholders: false, name: outer.name, flowType: outer.flowType, identifiers: outer.identifiers });
    switch (result.kind) {
        case 'flow':
            return { flows: [result.flow], problems: [] };
        case 'problem':
        case 'legacy':
            return { flows: [], problems: [result.problem] };
        case 'not-a-flow': {
            const parsed = parseJson(content, false);
            const inner = parsed.ok && isObject(parsed.value) ? parsed.value : undefined;
            const wrapped = inner ? own(inner, 'Content') : undefined;
            if (inner && parsed.ok && (typeof wrapped === 'string' || looksLikeFlow(wrapped))) {
                const innerLabel = `${label.slice(0, -1)}.Content"`;
                if (level >= MAX_CONTENT_LEVELS) {
                    return { flows: [], problems: [{ ruleId: 'parse-error', message: `the flow is wrapped in ${innerLabel} strings more than ${MAX_CONTENT_LEVELS} levels deep, so it was not linted: export it again (aws connect describe-contact-flow, or the designer's export) and commit that`, range: result.range }] };
                }
                const at = locatePaths(parsed.text, [['Content']])[0];
                const inOuter = (xs) => toFile(xs);
                const next = { name: outer.name ?? str(own(inner, 'Name')), flowType: outer.flowType ?? str(own(inner, 'Type')), identifiers: [...outer.identifiers, ...wrapperIdentifiers(inner)] };
                if (typeof wrapped === 'string') {
                    const innerMap = embeddedOffsetMapper(parsed.text, at.start, at.end);
                    return readContentString(file, lines, wrapped, (xs) => inOuter(innerMap(xs)), innerLabel, next, level + 1);
                }
                // `{"Content": {flow}}` inside the string: the flow sits under "Content" in the decoded text.
                const locator = new TextLocator(parsed.text, lines, inOuter, ['Content']);
                const flowType = next.flowType ?? contentFlowType(wrapped);
                return {
                    flows: [{ file, value: wrapped, name: next.name ?? flowName(wrapped), ...(flowType ? { flowType } : {}), ...(next.identifiers.length > 0 ? { identifiers: next.identifiers } : {}), ranges: (r) => locator.ranges(r) }],
                    problems: [],
                };
            }
            return { flows: [], problems: [], notAFlow: `its ${label} string is JSON but not a flow: ${result.reason}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/core/types.ts
/** Shared vocabulary of the pure core: findings and source positions. */
const SEVERITY_RANK = { error: 3, warn: 2, info: 1 };
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.range.start.line - b.range.start.line ||
        a.range.start.column - b.range.start.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/core/lint.ts







/** Findings about the config rather than the flow (a `given` over its caps), to be reported once per rule. */
const configProblems = new WeakSet();
/**
 * Keeps one finding per rule for problems of the config found while linting (the first file's), with the
 * config's file named as `nameOf` names files. Other findings pass through.
 */
function configProblemsOnce(findings, nameOf = (f) => f) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        if (!configProblems.has(f)) {
            out.push(f);
            continue;
        }
        const key = `${f.ruleId}\0${f.file}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const named = { ...f, file: nameOf(f.file) };
        configProblems.add(named);
        out.push(named);
    }
    return out;
}
/** True for a finding about the config (a cap reached while linting): reported even when the config is not among the changed files. */
function isConfigProblem(f) {
    return configProblems.has(f);
}
/** `k` is the index of the `given` over its cap, or -1 when the rule's patterns went over their budget. */
function overCap(doc, rule, k, exceeded) {
    const origin = k >= 0 ? rule.given[k].at : rule.setIn;
    const why = exceeded === 'matches' ? `matched more than ${MAX_MATCHES.toLocaleString('en-US')} values` : `took more than ${MAX_WORK.toLocaleString('en-US')} steps to evaluate`;
    const message = k >= 0
        ? `the "given" path ${JSON.stringify(rule.given[k].text)} of rule "${rule.id}" ${why} in ${doc.file}, so the rule was not checked there (reported once, for the first file): narrow the path, e.g. $.Actions[*] instead of $..*, and avoid chains of ".." descents`
        : `the regular expressions of rule "${rule.id}" had more text to match in ${doc.file} than a rule may match in one flow (characters times pattern size over ${MAX_PATTERN_WORK.toLocaleString('en-US')}), so the rule was not checked there (reported once, for the first file): narrow its "given" or simplify the pattern`;
    const finding = {
        ruleId: rule.id,
        severity: 'error',
        message,
        file: origin.file,
        range: { start: origin.at, end: origin.at },
    };
    configProblems.add(finding);
    return finding;
}
/** The `field` of a `then` below a target: own members by name, one target even when it is missing (for `defined`, `truthy`). */
function fieldOf(value, keys, path) {
    if (keys === undefined)
        return { value, path };
    let v = value;
    const p = [...path];
    for (const key of keys) {
        v = typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? v[key] : undefined;
        p.push(key);
    }
    return { value: v, path: p };
}
/** The block a path is inside, for findings from JSONPath rules. */
function blockAt(flow, path) {
    if (path[0] !== 'Actions' || typeof path[1] !== 'number')
        return undefined;
    return flow.actions.find((a) => a.path[1] === path[1])?.id;
}
/** A short preview of a value for messages, without serialising a whole document to keep 80 characters. */
function preview(v) {
    if (typeof v === 'string')
        return v.length > 80 ? `${v.slice(0, 77)}...` : v;
    if (Array.isArray(v))
        return `[array of ${v.length}]`;
    if (typeof v === 'object' && v !== null)
        return `{object with ${Object.keys(v).length} keys}`;
    return String(v);
}
function jsonPathString(path) {
    return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_]\w*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');
}
/** The blocks (by Identifier) whose places a result needs; Identifiers not in the flow ('…' of a long path) are left out. */
function placesWanted(flow, result) {
    const known = (id) => flow.byId.has(id);
    return {
        trace: result.evidence && result.evidenceKind !== 'blocks' ? result.evidence.filter(known) : [],
        related: (result.related ?? []).filter((r) => known(r.blockId)),
    };
}
function toFinding(doc, flow, { rule, target, result }, range, places = {}) {
    const path = result.path ?? target.path;
    const blockId = result.blockId ?? blockAt(flow, path);
    let message = result.message;
    if (rule.message) {
        const block = blockId === undefined ? undefined : flow.byId.get(blockId);
        const vars = {
            error: () => result.message,
            property: () => String(path[path.length - 1] ?? ''),
            value: () => preview(target.value),
            path: () => jsonPathString(path),
            blockId: () => blockId ?? '',
            blockName: () => (block ? blockLabel(block) : ''),
            description: () => rule.description ?? '',
        };
        for (const [k, v] of Object.entries(result.values ?? {}))
            vars[k] = () => v;
        message = rule.message.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => (Object.hasOwn(vars, k) ? vars[k]() : m));
    }
    return {
        ruleId: rule.id,
        // A result may ask for less than the rule's severity, never more.
        severity: result.severity !== undefined && SEVERITY_RANK[result.severity] < SEVERITY_RANK[rule.severity] ? result.severity : rule.severity,
        message,
        file: doc.file,
        range,
        ...(blockId !== undefined ? { blockId } : {}),
        ...(doc.name !== undefined ? { flowName: doc.name } : {}),
        ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
        ...(result.evidence && result.evidence.length > 0 ? { evidence: result.evidence, ...(result.evidenceKind === 'blocks' ? { evidenceKind: 'blocks' } : {}) } : {}),
        ...(places.trace && places.trace.length > 0 ? { trace: places.trace } : {}),
        ...(places.related && places.related.length > 0 ? { related: places.related } : {}),
        subject: subjectOf(pathInBlock(path), result.values),
    };
}
/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
function lintFlow(doc, rules, entry) {
    const flow = buildFlow(doc);
    const graph = new RoutingGraph(flow);
    const pending = [];
    const problems = [];
    for (const rule of rules) {
        const before = pending.length;
        try {
            const done = withPatternBudget(MAX_PATTERN_WORK, () => {
                for (let k = 0; k < rule.given.length; k++) {
                    // The steps were parsed when the config was read; evaluated within the caps of json/simple-path.ts.
                    const evaluated = evaluatePath(doc.value, rule.given[k].steps);
                    if (!('hits' in evaluated)) {
                        problems.push(overCap(doc, rule, k, evaluated.exceeded));
                        continue;
                    }
                    for (const target of evaluated.hits) {
                        for (const then of rule.then) {
                            const t = fieldOf(target.value, then.field, target.path);
                            const run = then.fn.run;
                            for (const result of run(t.value, then.options, { flow, graph, path: t.path, document: doc.value, ...(entry ? { entry } : {}) }))
                                pending.push({ rule, target: t, result });
                        }
                    }
                }
            });
            if (!done) {
                pending.length = before;
                problems.push(overCap(doc, rule, -1, 'patterns'));
            }
        }
        catch (e) {
            pending.push({
                rule: { ...rule, severity: 'error', message: undefined },
                target: { value: undefined, path: [] },
                result: { message: `rule "${rule.id}" failed on this flow (${e.message}); the other rules still ran. Please report this with the file.`, path: [] },
            });
        }
    }
    // Every finding's place is found in one pass over the text, and only when there are findings; so are the
    // places of the blocks of its evidence path and its related blocks (each block's Identifier).
    const wanted = pending.map((p) => placesWanted(flow, p.result));
    const blockIdentifier = (id) => ({ path: [...flow.byId.get(id).path, 'Identifier'], part: 'key' });
    const requests = [
        ...pending.map((p) => ({ path: p.result.path ?? p.target.path, part: p.result.part ?? 'key' })),
        ...wanted.flatMap((w) => [...w.trace.map(blockIdentifier), ...w.related.map((r) => blockIdentifier(r.blockId))]),
    ];
    const ranges = doc.ranges(requests);
    let next = pending.length;
    const findings = pending.map((p, k) => {
        const w = wanted[k];
        const trace = w.trace.map((blockId) => {
            const label = blockLabel(flow.byId.get(blockId));
            return { blockId, ...(label !== blockId ? { label } : {}), range: ranges[next++] };
        });
        const related = w.related.map((r) => ({ ...r, range: ranges[next++] }));
        return toFinding(doc, flow, p, ranges[k], { trace, related });
    });
    return { findings: [...findings, ...problems], flow, graph };
}
/** Lints one file's text: finds its flows, lints each, and reports file-level problems. Never throws. */
function lintText(file, text, rules, entries, fileRules) {
    const contents = readFlowFile(file, text);
    // The reader's own rules (legacy-format, unsupported-content) take the config's severity, or are off.
    const severityOf = (id) => fileRules?.get(id) ?? (id === 'legacy-format' || id === 'unsupported-content' ? 'warn' : 'error');
    const findings = contents.problems.flatMap((p) => {
        const severity = p.ruleId === 'parse-error' ? 'error' : severityOf(p.ruleId);
        return severity === 'off' ? [] : [{ ruleId: p.ruleId, severity, message: p.message, file, range: p.range }];
    });
    const models = contents.flows.map((doc, index) => {
        const { findings: found, flow, graph } = lintFlow(doc, rules, entries?.get(index));
        findings.push(...found);
        return { flow, graph };
    });
    findings.sort(compareFindings);
    return { file, findings, flows: contents.flows.length, models, ...(contents.notAFlow !== undefined ? { notAFlow: contents.notAFlow } : {}) };
}

;// CONCATENATED MODULE: ./src/core/config/file-rules.ts
const DOCS = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/rules/docs/';
/**
 * Rules the file reader raises, not a rule function: every config has them, so a config or --rule can set
 * their severity or turn them off, per file through overrides like any rule. `parse-error` is not one of them:
 * a file that cannot be read was never linted, and turning that off would make it a silent pass.
 */
const FILE_RULES = [
    ['legacy-format', 'warn', 'The file is a legacy (pre-2020) flow-designer export, which the rules cannot check.'],
    ['unsupported-content', 'warn', "A CloudFormation flow resource's Content is built in a way the linter cannot read, so the flow was not checked."],
    ['file-too-large', 'error', 'The file is over the size limit (--max-file-size) and was not read.'],
].map(([id, severity, description]) => {
    const origin = { file: 'connect-flow-lint:built-in', at: { line: 1, column: 1 } };
    return Object.freeze({ id: id, severity: severity, description: description, given: [], then: [], documentationUrl: `${DOCS}${id}.md`, definedIn: origin, setIn: origin });
});
const FILE_RULE_IDS = new Set(FILE_RULES.map((r) => r.id));

;// CONCATENATED MODULE: ./src/connect/default-flows.ts
/**
 * The flows every Amazon Connect instance is created with. A flow may transfer to one of them, or set it as
 * an event flow, by name or by the instance's ARN without the repository holding it: it is never missing.
 * Evidence: the administrator guide has one page for each ("Default flows in Amazon Connect"):
 * docs.aws.amazon.com/connect/latest/adminguide/default-<name>.html, e.g. default-customer-queue.html,
 * default-agent-whisper.html, default-customer-hold.html, default-queue-transfer.html.
 */
const DEFAULT_FLOW_NAMES = new Set([
    'Default agent hold',
    'Default agent transfer',
    'Default agent whisper',
    'Default customer hold',
    'Default customer queue',
    'Default customer whisper',
    'Default outbound',
    'Default queue transfer',
].map((n) => n.toLowerCase()));
function isDefaultFlowName(name) {
    return DEFAULT_FLOW_NAMES.has(name.trim().toLowerCase());
}

;// CONCATENATED MODULE: ./src/core/repo/references.ts

function references_text(v) {
    if (typeof v === 'string' && v !== '')
        return v;
    if (typeof v === 'object' && v !== null && typeof v['text'] === 'string')
        return v['text'];
    return undefined;
}
function metadataName(action, keys) {
    const md = blockMetadata(action);
    if (!md)
        return undefined;
    for (const k of keys) {
        const v = Object.hasOwn(md, k) ? references_text(md[k]) : undefined;
        if (v)
            return v;
    }
    return undefined;
}
/** Every reference from one flow to others: TransferToFlow, InvokeFlowModule and UpdateContactEventHooks. */
function flowReferences(flow) {
    const refs = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
        const a = actionList[ai];
        const p = a.parameters;
        const param = (k) => (Object.hasOwn(p, k) && typeof p[k] === 'string' && p[k] !== '' ? p[k] : undefined);
        if (a.type === 'TransferToFlow') {
            const value = param('ContactFlowId');
            if (value)
                refs.push({ kind: 'flow', block: a, path: [...a.path, 'Parameters', 'ContactFlowId'], value, nameHint: metadataName(a, ['ContactFlow', 'contactFlow']) });
        }
        else if (a.type === 'InvokeFlowModule') {
            const value = param('FlowModuleId');
            if (value)
                refs.push({ kind: 'module', block: a, path: [...a.path, 'Parameters', 'FlowModuleId'], value, nameHint: metadataName(a, ['contactFlowModuleName', 'FlowModule', 'flowModule']) });
        }
        else if (a.type === 'UpdateContactEventHooks') {
            const hooks = Object.hasOwn(p, 'EventHooks') ? p['EventHooks'] : undefined;
            if (typeof hooks !== 'object' || hooks === null)
                continue;
            for (const [hook, v] of Object.entries(hooks)) {
                if (typeof v !== 'string' || v === '')
                    continue;
                refs.push({ kind: 'hook', block: a, path: [...a.path, 'Parameters', 'EventHooks', hook], value: v, hook, nameHint: metadataName(a, ['contactFlow', 'ContactFlow']) });
            }
        }
    }
    return refs;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The id at the end of a flow or module ARN (…/contact-flow/<id>, …/flow-module/<id>), or the value if it is an id. */
function idOf(value) {
    const last = value.slice(value.lastIndexOf('/') + 1);
    return UUID.test(last) ? last.toLowerCase() : undefined;
}
/**
 * Deploy-time placeholders, as the templatings in use write them: `${…}` (Terraform templatefile,
 * CloudFormation Fn::Sub), `%%…%%` and `%…%` (deploy scripts, the SCV and CDK samples), `{{…}}` and
 * `{{{…}}}` (Mustache/Handlebars, e.g. `{{contactFlows.Main.arn}}`). Bounded bodies: no nesting.
 */
const PLACEHOLDER = /\$\{([^{}]{1,200})\}|%%([^%\s][^%]{0,199})%%|%([A-Za-z_][\w.-]{0,199})%|\{\{\{?\s*([^{}]{1,200}?)\s*\}?\}\}/g;
/** Parts of a placeholder expression that say what kind of thing it is, not which one. */
const NOT_A_NAME = new Set(['arn', 'id', 'name', 'contactflowarn', 'contactflowmodulearn', 'contact_flow_id', 'contact_flow_module_id', 'flow_id', 'value', 'outputs',
    'contactflows', 'contactflow', 'flows', 'flow', 'modules', 'module', 'flowmodules', 'contactflowmodules',
    'aws_connect_contact_flow', 'aws_connect_contact_flow_module', 'var', 'local', 'data', 'each', 'self', 'this', 'path', 'aws']);
/** The flow names an expression can mean: itself, then its dotted parts that are not keywords, last first. */
function candidateNames(expression) {
    const e = expression.trim();
    const names = [e];
    const parts = e.split('.').map((p) => p.trim().replace(/^\[|\]$/g, '').replace(/^["']|["']$/g, ''));
    for (let i = parts.length - 1; i >= 0; i--) {
        const p = parts[i];
        if (p !== '' && !NOT_A_NAME.has(p.toLowerCase()) && !names.includes(p))
            names.push(p);
    }
    return names;
}
/**
 * The placeholder that names the target in a value, or undefined. A whole-value placeholder counts, and so
 * does one that stands for the last part of an ARN (`arn:aws:connect:${region}:…/contact-flow/${main_flow_id}`):
 * the instance and account before it are filled in the same way and say nothing about the flow.
 */
function placeholderIn(value) {
    PLACEHOLDER.lastIndex = 0;
    const all = [...value.matchAll(PLACEHOLDER)];
    if (all.length === 0)
        return undefined;
    const last = all[all.length - 1];
    const whole = all.length === 1 && last.index === 0 && last[0].length === value.length;
    const endsArn = value.startsWith('arn:') && last.index + last[0].length === value.length && value.lastIndexOf('/') < last.index;
    if (!whole && !endsArn)
        return undefined;
    return (last[1] ?? last[2] ?? last[3] ?? last[4]).trim();
}
function referenceShape(value) {
    // A contact attribute chosen at run time: nothing to check before deploy.
    if (/^\$\.[A-Za-z]/.test(value))
        return { kind: 'dynamic' };
    const expression = placeholderIn(value);
    if (expression !== undefined) {
        const cfn = /^([A-Za-z0-9]+)\.(?:Arn|ContactFlowArn|ContactFlowModuleArn|Id)$/.exec(expression);
        if (cfn && value.startsWith('${'))
            return { kind: 'template', expression, names: [cfn[1]], cloudFormation: true };
        return { kind: 'template', expression, names: candidateNames(expression), cloudFormation: false };
    }
    const id = idOf(value);
    if (id)
        return { kind: 'id', id };
    return { kind: 'name', name: value };
}

;// CONCATENATED MODULE: ./src/core/repo/link.ts






/**
 * What a module starts with, whatever its caller loaded: modules do not share the invoking flow's local
 * data (External, Lex, Customer Profiles attributes, stored customer input: administrator guide, "Flow
 * modules", Limitations). A TransferToFlow hands the contact on with its profile; an InvokeFlowModule
 * does not.
 */
const MODULE_ENTRY = { loaded: false, fields: [], fromEntry: false };
function fieldsOf(state, flow) {
    if (!state || !state.loaded)
        return { loaded: false, fields: [], fromEntry: false };
    let fields;
    for (const l of state.lookups) {
        if (l === ENTRY_PROFILE)
            continue;
        const f = [...responseFields(flow.actions[l]), ...PROFILE_ALWAYS_PROVIDED];
        fields = intersect(fields ?? 'any', f);
    }
    return { loaded: true, fields: fields ?? 'any', fromEntry: state.lookups.includes(ENTRY_PROFILE) };
}
function intersect(a, b) {
    if (a === 'any')
        return b;
    if (b === 'any')
        return a;
    const lower = new Set(b.map((x) => x.toLowerCase()));
    return a.filter((x) => lower.has(x.toLowerCase()));
}
/** Summarises one linted flow for the repository pass (pure; the ranges come from one scan of the flow). */
function summarizeFlow(flow, graph, index, loadedAtEntryByDefault) {
    const refs = flowReferences(flow);
    const doc = flow.doc;
    const ids = (doc.identifiers ?? []).flatMap((v) => {
        const id = idOf(v);
        return id ? [id] : [];
    });
    let references = [];
    if (refs.length > 0) {
        const local = profileStates(graph, false);
        const withEntry = profileStates(graph, true);
        const ranges = doc.ranges(refs.map((r) => ({ path: r.path, part: 'value' })));
        // Blocks share states: each distinct state's fields are worked out once, however many references it reaches.
        const seen = new Map();
        const at = (state) => {
            let t = seen.get(state);
            if (!t)
                seen.set(state, (t = fieldsOf(state, flow)));
            return t;
        };
        references = refs.map((r, k) => ({
            kind: r.kind,
            blockId: r.block.id,
            block: blockLabel(r.block),
            value: r.value,
            ...(r.nameHint !== undefined ? { nameHint: r.nameHint } : {}),
            ...(r.hook !== undefined ? { hook: r.hook } : {}),
            range: ranges[k],
            local: at(local[r.block.index]),
            withEntry: at(withEntry[r.block.index]),
            ...(r.kind === 'flow' && queueUnsetAt(graph, r.block.index) ? { queueUnset: true } : {}),
        }));
    }
    return { file: doc.file, index, ...(doc.name !== undefined ? { name: doc.name } : {}), ...(doc.substitutions ? { substitutions: doc.substitutions } : {}), ids, ...(flow.flowType !== undefined ? { flowType: flow.flowType } : {}), references, loadedAtEntryByDefault, ...(isInboundFlow(flow) ? { inbound: true } : {}) };
}
function flowTitle(s) {
    return s.name !== undefined ? `${s.name} (${s.file})` : s.file;
}
const NO_BINDINGS = { flows: new Map(), variables: new Map() };
/** `aws_connect_contact_flow.main.arn` → `aws_connect_contact_flow.main`; undefined for other expressions. */
function resourceAddress(expression) {
    const m = /^(aws_connect_contact_flow(?:_module)?\.[A-Za-z_][\w-]*)(?:\.(?:arn|id|contact_flow_id|contact_flow_module_id))?$/.exec(expression.trim());
    return m ? m[1] : undefined;
}
function linkRepository(summaries, aliases = new Map(), bindings = NO_BINDINGS) {
    const byId = new Map();
    const byName = new Map();
    summaries.forEach((s, i) => {
        for (const id of s.ids)
            byId.set(id, i);
        if (s.name !== undefined)
            byName.set(s.name, [...(byName.get(s.name) ?? []), i]);
    });
    const byFile = (file, name) => {
        const found = summaries.findIndex((s) => s.file === file && (name === undefined || s.name === name));
        return found === -1 ? undefined : found;
    };
    // Files named after their flow (flows/Billing.json, Terraform's <name>.json): the stem is a name too.
    const stems = summaries.map((s) => s.file.slice(s.file.lastIndexOf('/') + 1).replace(/(\.json|\.tftpl|\.tpl|\.ya?ml|\.template)+$/i, ''));
    const declared = (key) => {
        const b = bindings.flows.get(key);
        return b ? byFile(b.file) : undefined;
    };
    const named = (name, fromFile) => {
        const candidates = byName.get(name) ?? [];
        // A template's logical ids are names within that template first.
        const found = candidates.find((c) => summaries[c].file === fromFile) ?? (candidates.length === 1 ? candidates[0] : undefined);
        if (found !== undefined)
            return found;
        const byStem = stems.flatMap((stem, i) => (stem === name || stem.endsWith(`.${name}`) ? [i] : []));
        if (byStem.length === 1)
            return byStem[0];
        return declared(name);
    };
    const resolve = (s, value, nameHint) => {
        const alias = aliases.get(value) ?? (nameHint !== undefined ? aliases.get(nameHint) : undefined);
        if (alias) {
            const t = byFile(alias.file, alias.name);
            return t !== undefined ? { status: 'resolved', target: t, via: 'map' } : { status: 'unresolved', why: `the config's flows map points it at ${alias.file}${alias.name ? `#${alias.name}` : ''}, which holds no such flow` };
        }
        const shape = referenceShape(value);
        switch (shape.kind) {
            case 'dynamic':
                return { status: 'dynamic' };
            case 'template': {
                // An Fn::Sub variable that is a GetAtt/Ref of another resource means that resource.
                const logical = s.substitutions?.get(shape.names[0]);
                if (logical !== undefined) {
                    const t = named(logical, s.file);
                    return t !== undefined ? { status: 'resolved', target: t, via: 'template' } : { status: 'unresolved', why: `no flow resource "${logical}" (named by the Fn::Sub variable ${shape.names[0]}) in this template` };
                }
                // A templatefile() variable: what the .tf passes for it says which flow it is.
                const passed = bindings.variables.get(s.file)?.get(shape.expression);
                const address = resourceAddress(passed ?? shape.expression);
                if (address !== undefined) {
                    const t = declared(address);
                    if (t !== undefined)
                        return { status: 'resolved', target: t, via: 'template' };
                    return { status: 'placeholder', name: address };
                }
                const literal = passed !== undefined ? /^"([^"\\$]*)"$/.exec(passed.trim())?.[1] : undefined;
                if (literal)
                    return resolve(s, literal, nameHint);
                for (const name of shape.names) {
                    const t = named(name, s.file);
                    if (t !== undefined)
                        return { status: 'resolved', target: t, via: 'template' };
                }
                if (shape.cloudFormation)
                    return { status: 'unresolved', why: `no flow resource "${shape.names[0]}" in this template` };
                // Filled in at deploy time with something outside the repository: not a missing flow.
                return { status: 'placeholder', name: shape.expression };
            }
            case 'id': {
                const t = byId.get(shape.id);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'id' };
                const n = nameHint !== undefined ? named(nameHint, s.file) : undefined;
                if (n !== undefined)
                    return { status: 'resolved', target: n, via: 'name' };
                if (nameHint !== undefined && isDefaultFlowName(nameHint))
                    return { status: 'builtin', name: nameHint };
                return { status: 'unresolved', why: `no flow in the repository has its id${nameHint ? ' or name' : ''}` };
            }
            case 'name': {
                const t = named(shape.name, s.file);
                if (t !== undefined)
                    return { status: 'resolved', target: t, via: 'name' };
                if (isDefaultFlowName(shape.name))
                    return { status: 'builtin', name: shape.name };
                return { status: 'unresolved', why: `no flow in the repository is named "${shape.name}"` };
            }
        }
    };
    const resolutions = summaries.map((s) => s.references.map((r) => resolve(s, r.value, r.nameHint)));
    const calls = [];
    const callers = new Map();
    summaries.forEach((s, i) => s.references.forEach((r, k) => {
        const res = resolutions[i][k];
        if (res.status !== 'resolved')
            return;
        calls.push({ from: i, to: res.target, kind: r.kind, blockId: r.blockId, ...(r.hook !== undefined ? { hook: r.hook } : {}) });
        callers.set(res.target, [...(callers.get(res.target) ?? []), { from: i, ref: r }]);
    }));
    // Fixpoint: a flow's entry is the meet of the states its callers hand over; unknown callers count as top.
    const entries = new Map();
    const entryOf = (i) => callers.has(i) ? entries.get(i) : { loaded: summaries[i].loadedAtEntryByDefault, fields: 'any' };
    const work = [...callers.keys()];
    const queued = new Set(work);
    let steps = 0;
    while (work.length > 0 && steps++ < 100_000) {
        const t = work.shift();
        queued.delete(t);
        let loaded = true;
        let fields = 'any';
        const seen = [];
        let known = false;
        for (const { from, ref } of callers.get(t)) {
            const module = ref.kind === 'module';
            const e = entryOf(from);
            // A module's start does not depend on its caller's: it is known as soon as the call is.
            if (!e && !module)
                continue;
            known = true;
            const at = module ? MODULE_ENTRY : e.loaded ? ref.withEntry : ref.local;
            const f = at.loaded ? (at.fromEntry ? intersect(at.fields, e.fields) : at.fields) : [];
            // The working queue: unset at the call only when the caller is entered from a phone number (nobody
            // calls it) and some path to its TransferToFlow sets none. Anything else may have set one.
            const queueUnset = ref.queueUnset === true && summaries[from].inbound === true && !callers.has(from);
            seen.push({ flow: flowTitle(summaries[from]), blockId: ref.blockId, block: ref.block, loaded: at.loaded, fields: f, ...(module ? { module } : {}), ...(queueUnset ? { queueUnset } : {}) });
            loaded &&= at.loaded;
            fields = intersect(fields, f);
        }
        if (!known)
            continue;
        const next = { loaded, fields: loaded ? fields : [], callers: seen };
        const old = entries.get(t);
        const same = old && old.loaded === next.loaded && (old.fields === 'any' ? next.fields === 'any' : next.fields !== 'any' && old.fields.length === next.fields.length) && old.callers.length === next.callers.length;
        entries.set(t, next);
        if (same)
            continue;
        for (const c of calls)
            if (c.from === t && callers.has(c.to) && !queued.has(c.to)) {
                queued.add(c.to);
                work.push(c.to);
            }
    }
    return { resolutions, entries, calls };
}

;// CONCATENATED MODULE: ./src/core/project.ts




/**
 * The option of profile-lookup-before-use that says a flow nobody in the run calls is entered with the
 * customer profile loaded: the start state of each flow's summary, so the callers' hand-over agrees with
 * what the rule assumes.
 */
const PROFILE_AT_ENTRY = { ruleId: 'profile-lookup-before-use', option: 'profileLoadedAtEntry' };
function lintProject(sources, options = {}) {
    const perFlow = new Map();
    const reports = new Map();
    const summaries = [];
    const byName = new Map();
    const keep = (s) => s.reported && options.keepModels?.(s.name) === true;
    for (const source of sources) {
        byName.set(source.name, source);
        const one = lintSource(source, keep(source));
        perFlow.set(source.name, one.findings);
        if (one.report)
            reports.set(source.name, one.report);
        for (const s of one.summaries)
            summaries.push(s);
    }
    const links = linkRepository(summaries, options.aliases, options.bindings);
    const perProject = projectFindings(summaries, links, (s) => byName.get(s.file)?.rules ?? []);
    // Flows with callers in the repository: lint their files again, entered with what the callers hand over.
    const entriesByFile = new Map();
    for (const [i, entry] of links.entries) {
        const s = summaries[i];
        const m = entriesByFile.get(s.file) ?? new Map();
        m.set(s.index, entry);
        entriesByFile.set(s.file, m);
    }
    for (const [name, entries] of entriesByFile) {
        const source = byName.get(name);
        if (!source.reported)
            continue;
        const one = lintSource(source, keep(source), entries);
        if (!one.report)
            continue;
        perFlow.set(name, one.findings);
        reports.set(name, one.report);
    }
    const kept = sources.filter((s) => s.reported).map((s) => s.name);
    const findings = configProblemsOnce(kept.flatMap((name) => [...perFlow.get(name), ...(perProject.get(name) ?? [])]), options.nameOf).sort(compareFindings);
    const all = kept.flatMap((name) => reports.get(name) ?? []);
    return { findings, reports: all, flows: all.reduce((n, r) => n + r.flows, 0), summaries, links };
}
/**
 * Reads and lints one file. A function of its own so that nothing of the file (its text, parsed value,
 * models) stays reachable from the loop's frame once it returns.
 */
function lintSource(source, keepModels, entries) {
    const read = source.read();
    const fileRules = fileRuleSeverities(source.rules);
    if (!('text' in read))
        return { findings: read.findings.flatMap((f) => withFileRuleSeverity(f, fileRules)), summaries: [] };
    // A file read only for linking runs no rule: its summary is all the repository pass needs of it.
    const report = lintText(source.name, read.text, source.reported ? source.rules : [], entries, fileRules);
    const summaries = [];
    if (!entries) {
        const loadedByDefault = source.rules.find((r) => r.id === PROFILE_AT_ENTRY.ruleId)?.then[0]?.options[PROFILE_AT_ENTRY.option] === true;
        report.models.forEach((m, i) => summaries.push(summarizeFlow(m.flow, m.graph, i, loadedByDefault)));
    }
    return { findings: report.findings, report: keepModels ? report : { ...report, models: [] }, summaries };
}
/**
 * The findings of the rules with a repository-level check (reference-exists), by file. Each such rule runs
 * once over every summary; a flow's file decides whether the rule is on for it, its severity and options.
 */
function projectFindings(summaries, links, rulesOf) {
    const out = new Map();
    const ruleSets = summaries.map(rulesOf);
    const ids = new Set();
    for (const rules of new Set(ruleSets))
        for (const r of rules)
            if (r.then.some((t) => t.fn.checkProject))
                ids.add(r.id);
    for (const id of ids) {
        const activeIn = ruleSets.map((rules) => rules.find((r) => r.id === id));
        const check = activeIn.find((r) => r !== undefined).then.find((t) => t.fn.checkProject);
        const results = check.fn.checkProject({
            summaries,
            links,
            optionsFor: (i) => activeIn[i]?.then.find((t) => t.fn === check.fn)?.options,
        });
        for (const r of results) {
            const s = summaries[r.summary];
            const rule = activeIn[r.summary];
            if (!rule)
                continue;
            const list = out.get(s.file) ?? [];
            list.push({
                ruleId: rule.id,
                // A result may ask for less than the rule's severity, never more.
                severity: r.severity !== undefined && SEVERITY_RANK[r.severity] < SEVERITY_RANK[rule.severity] ? r.severity : rule.severity,
                message: r.message,
                file: s.file,
                range: r.range,
                ...(r.blockId !== undefined ? { blockId: r.blockId } : {}),
                ...(s.name !== undefined ? { flowName: s.name } : {}),
                ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
                ...(r.subject !== undefined ? { subject: r.subject } : {}),
            });
            out.set(s.file, list);
        }
    }
    return out;
}
/** The severity of each reader rule (FILE_RULES) for a file: every config has them, so one not active is off. */
function fileRuleSeverities(rules) {
    return new Map([...FILE_RULE_IDS].map((id) => [id, rules.find((r) => r.id === id)?.severity ?? 'off']));
}
/** A finding of a reader rule (file-too-large) with the config's severity, or none when the rule is off; parse-error as it is. */
function withFileRuleSeverity(f, fileRules) {
    const severity = fileRules.get(f.ruleId);
    if (severity === undefined)
        return [f];
    return severity === 'off' ? [] : [{ ...f, severity }];
}

;// CONCATENATED MODULE: ./src/rules/tester.ts
/**
 * RuleTester, in the manner of ESLint's: a rule's `valid` and `invalid` flows as a table, each run with that
 * rule alone through the real reader and engine (positions are the ones a user sees). Test-framework
 * agnostic: give it your `describe` and `it` (vitest's, node:test's, mocha's).
 */





class RuleTester {
    framework;
    constructor(framework) {
        this.framework = framework;
    }
    run(rule, cases) {
        const { describe, it } = this.framework;
        describe(rule.meta.id, () => {
            describe('valid', () => {
                cases.valid.forEach((c, k) => it(c.name ?? `valid #${k + 1}`, () => {
                    const found = lintWith(rule, c);
                    if (found.length > 0)
                        throw new Error(`expected no finding, got ${found.length}:\n${found.map(tester_show).join('\n')}`);
                }));
            });
            describe('invalid', () => {
                cases.invalid.forEach((c, k) => it(c.name ?? `invalid #${k + 1}`, () => {
                    if (c.errors.length === 0)
                        throw new Error('an invalid case must expect at least one error');
                    const found = lintWith(rule, c);
                    if (found.length !== c.errors.length)
                        throw new Error(`expected ${c.errors.length} finding(s), got ${found.length}:\n${found.map(tester_show).join('\n')}`);
                    c.errors.forEach((e, i) => compare(rule, found[i], e, i));
                }));
            });
        });
    }
}
/** Lints one flow with `rule` alone, its options checked and compiled as a config's would be. */
function lintWith(rule, c) {
    const fn = functionOf(rule);
    const definition = definitionOf(rule, fn);
    const problems = [];
    const node = c.options === undefined ? undefined : parseYamlTree('options', JSON.stringify(c.options));
    const options = compileOptions(fn, node, { line: 1, column: 1 }, 'options', problems, definition.then[0].options);
    if (!options)
        throw new Error(`options rejected: ${problems.map((p) => p.message).join('; ')}`);
    const active = {
        ...definition,
        severity: rule.meta.severity === 'off' ? 'error' : rule.meta.severity,
        then: [{ ...definition.then[0], options }],
    };
    const textOf = (flow) => (typeof flow === 'string' ? flow : JSON.stringify(flow, null, 2));
    // A rule with a project hook, or several files: the whole run (link, project rules, callers' entry profiles).
    if (c.files !== undefined || rule.checkProject) {
        const files = c.files ?? { 'flow.json': c.flow };
        const sources = Object.entries(files).map(([name, flow]) => ({ name, reported: true, rules: [active], read: () => ({ text: textOf(flow) }) }));
        return lintProject(sources).findings;
    }
    return lintText('flow.json', textOf(c.flow), [active]).findings;
}
function tester_show(f) {
    return `  ${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.blockId ? ` [${f.blockId}]` : ''} ${f.message}`;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function compare(rule, f, e, i) {
    const fail = (what, want, got) => {
        throw new Error(`finding ${i + 1}: ${what} should be ${JSON.stringify(want)}, is ${JSON.stringify(got)}\n${tester_show(f)}`);
    };
    if (f.ruleId !== rule.meta.id)
        fail('rule', rule.meta.id, f.ruleId);
    if (e.file !== undefined && f.file !== e.file)
        fail('file', e.file, f.file);
    if (e.blockId !== undefined && f.blockId !== e.blockId)
        fail('blockId', e.blockId, f.blockId);
    if (e.line !== undefined && f.range.start.line !== e.line)
        fail('line', e.line, f.range.start.line);
    if (e.column !== undefined && f.range.start.column !== e.column)
        fail('column', e.column, f.range.start.column);
    if (e.severity !== undefined && f.severity !== e.severity)
        fail('severity', e.severity, f.severity);
    if (e.evidence !== undefined && JSON.stringify(f.evidence ?? []) !== JSON.stringify(e.evidence))
        fail('evidence', e.evidence, f.evidence);
    if (e.message instanceof RegExp ? !e.message.test(f.message) : e.message !== undefined && f.message !== e.message)
        fail('message', String(e.message), f.message);
    if (e.messageId !== undefined) {
        const template = Object.hasOwn(rule.meta.messages, e.messageId) ? rule.meta.messages[e.messageId] : fail('messageId (unknown to the rule)', Object.keys(rule.meta.messages), e.messageId);
        // A placeholder `data` gives must have that value; any other may hold anything.
        const data = e.data ?? {};
        const pattern = template
            .split(/(\{\{\s*\w+\s*\}\})/)
            .map((part, k) => {
            if (k % 2 === 0)
                return escapeRegExp(part);
            const name = part.slice(2, -2).trim();
            return Object.hasOwn(data, name) ? escapeRegExp(String(data[name])) : '[\\s\\S]*?';
        })
            .join('');
        if (!new RegExp(`^${pattern}$`).test(f.message))
            fail(`message of "${e.messageId}"`, template, f.message);
    }
}

;// CONCATENATED MODULE: ./src/rules/public.ts
/**
 * `connect-flow-lint/rule`: what a rule author imports. The same API the built-in rules use (src/rules/<id>/),
 * and the RuleTester their tests use.
 */



var __webpack_exports__RuleTester = __webpack_exports__.Id;
var __webpack_exports__defineRule = __webpack_exports__.Km;
var __webpack_exports__lintWith = __webpack_exports__.sR;
export { __webpack_exports__RuleTester as RuleTester, __webpack_exports__defineRule as defineRule, __webpack_exports__lintWith as lintWith };
