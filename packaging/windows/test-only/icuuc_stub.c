/* TEST-ONLY stand-in for Windows 10's own icuuc.dll, so that Qt 6 starts under Wine 8, which has none.
 *
 * NEVER SHIPPED. `build_installer.py windows` compiles it with MinGW into the Wine prefix in its cache folder
 * (build/windows-cache), and fails the build if a bundle or package holds a file of this name. Real Windows
 * 10 (1703 and later) has the real library in System32.
 *
 * Qt6Core.dll imports these 20 converter functions for codecs beyond its own. Every one fails cleanly (no
 * converter, no names), so Qt keeps its built-in UTF-8, UTF-16, UTF-32 and Latin-1 codecs, which are all
 * the application uses. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int32_t UErrorCode;
typedef uint16_t UChar;
typedef struct UConverter UConverter;

enum { U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err) {
    if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err); return NULL;
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                            int32_t codepoint, int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)codepoint; (void)reason; fail(err);
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)reason; fail(err);
}

EXPORT void ucnv_getToUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}

EXPORT void ucnv_setToUCallBack(UConverter *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err);
}

EXPORT void ucnv_setFromUCallBack(UConverter *cnv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old_action; (void)old_context; fail(err);
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset; fail(err);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit, int32_t offset,
                                    UErrorCode *err) {
    (void)args; (void)source; (void)limit; (void)offset; fail(err);
}

EXPORT void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err);
}

EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err); return -1; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err); return -1; }
