/* The built-in codecs (CPython 3.11: the fast paths of Objects/unicodeobject.c and the
 * error handlers of Python/codecs.c): utf-8, ascii, latin-1, utf-16 and utf-32 (with and
 * without BOM), CPython's encoding-name normalisation and aliases, the error handlers
 * strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
 * xmlcharrefreplace and namereplace, and UnicodeEncodeError / UnicodeDecodeError objects
 * with their fields and CPython's str(). There is no codec registry: any other encoding is
 * LookupError "unknown encoding: NAME". */
#ifndef HS_INTERNAL_HS_OBJ_CODECS_H
#define HS_INTERNAL_HS_OBJ_CODECS_H

#if !defined(HS_BUILD_CORE) || !HS_BUILD_CORE
#error "internal header: define HS_BUILD_CORE=1 (only the library and its tests may include it)"
#endif

#include "internal/hs_obj.h"

/* The codecs that exist; HS_CODEC_UNKNOWN for any other name. */
typedef enum HsCodec {
    HS_CODEC_UNKNOWN = 0,
    HS_CODEC_UTF8,
    HS_CODEC_ASCII,
    HS_CODEC_LATIN1,
    HS_CODEC_CP1252, /* a charmap codec: errors name it 'charmap' */
    HS_CODEC_UTF16,
    HS_CODEC_UTF16_LE,
    HS_CODEC_UTF16_BE,
    HS_CODEC_UTF32,
    HS_CODEC_UTF32_LE,
    HS_CODEC_UTF32_BE
} HsCodec;

/* Which codec 'name' names, after CPython's normalisation (case, '-', '_', ' ') and the
 * aliases of encodings/aliases.py ("u8", "latin1", "l1", "us-ascii", "utf_16le", ...). */
HsCodec hs_codecs_lookup(const char *name);
/* The codec's canonical name as CPython shows it in errors ("utf-8", "latin-1", ...). */
const char *hs_codecs_name(HsCodec codec);

/* Decode 'len' bytes at 's' with 'encoding' (NULL: utf-8) and 'errors' (NULL: strict).
 * Return: new reference to a str; NULL with UnicodeDecodeError, LookupError, ...
 * 'source' (may be NULL) is the bytes-like object put in the exception's 'object' field;
 * when NULL a bytes copy is made. CPython: PyUnicode_Decode. */
HsObject *hs_codecs_decode(const char *s, Hs_ssize_t len, HsObject *source, const char *encoding,
                           const char *errors);
/* Encode the str 'str'. Return: new reference to a bytes. CPython: PyUnicode_AsEncodedString */
HsObject *hs_codecs_encode(HsObject *str, const char *encoding, const char *errors);

/* str.encode(encoding='utf-8', errors='strict'): METH_FASTCALL|METH_KEYWORDS, for str's
 * method table. Return: new reference. */
HsObject *hs_str_encode_method(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames);
/* bytes.decode / bytearray.decode (same convention). Return: new reference. */
HsObject *hs_bytes_decode_method(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames);

/* ==== Unicode error objects ==== */

/* A UnicodeDecodeError / UnicodeEncodeError ('type') with args (encoding, object, start,
 * end, reason) and its fields filled, as CPython's constructors make them. 'object' is
 * borrowed (a bytes for decode, a str for encode). Return: new reference.
 * CPython: PyUnicodeDecodeError_Create / PyUnicodeEncodeError_Create. */
HsObject *hs_codecs_unicode_error_new(HsObject *type, const char *encoding, HsObject *object,
                                      Hs_ssize_t start, Hs_ssize_t end, const char *reason);
/* str() of a UnicodeDecodeError / UnicodeEncodeError built from its fields, CPython's
 * UnicodeDecodeError_str / UnicodeEncodeError_str: "'utf-8' codec can't decode byte 0xff
 * in position 0: invalid start byte". For the lead to install as those types' tp_str.
 * Return: new reference. */
HsObject *hs_codecs_unicode_error_str(HsObject *exc);

#endif /* HS_INTERNAL_HS_OBJ_CODECS_H */
