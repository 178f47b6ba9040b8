"""Every error bienban reports to a user, in one tree.

Each class carries a stable ``code`` (read by scripts and the API), the HTTP
status the service answers with, and a Vietnamese message for people::

    BienbanError
    ├── InputError (400-class: the user's file or request is at fault; CLI exit 2)
    │   ├── BadRequest                bad_request
    │   │   └── MissingFile           missing_file
    │   ├── EmptyFile                 empty_file
    │   ├── UnsupportedMediaType      unsupported_media_type (415)
    │   ├── CorruptFile               corrupt_file
    │   ├── EncryptedPdf              encrypted_pdf
    │   ├── TooLarge                  too_large (413)
    │   ├── TooManyPages              too_many_pages (413)
    │   ├── ImageTooLarge             image_too_large (413)
    │   └── UnsafeArchive             unsafe_archive
    ├── ProcessingError (500-class: the file was read but processing failed; CLI exit 1)
    │   ├── OcrTimeout                ocr_timeout (504)
    │   ├── OcrFailed                 ocr_failed
    │   └── ProcessingTimeout         processing_timeout (504)
    ├── Unauthorized                  unauthorized (401)
    ├── NotFound                      not_found (404)
    ├── MethodNotAllowed              method_not_allowed (405)
    ├── Conflict                      conflict (409)
    ├── RateLimited                   rate_limited (429)
    ├── ServiceUnavailable            service_unavailable (503)
    └── InternalError                 internal_error (500)

The service maps werkzeug's HTTP errors onto this tree (``service.errors``), so
every API error is ``{"error": code, "message": ...}``; an oversized upload is
``TooLarge``.

Third-party errors are translated where we call the library, chained with
``raise ... from e``.  Uncertainty in analysis is never an exception.
"""

from __future__ import annotations


class BienbanError(Exception):
    code = "error"
    http_status = 500
    exit_code = 1
    default_message = "Đã xảy ra lỗi."

    def __init__(self, message: str | None = None, *, detail: str | None = None):
        self.message = message or self.default_message
        self.detail = detail
        super().__init__(self.message)

    def to_dict(self) -> dict[str, str]:
        return {"error": self.code, "message": self.message}


class InputError(BienbanError):
    code = "bad_input"
    http_status = 400
    exit_code = 2
    default_message = "Tệp không hợp lệ."


class BadRequest(InputError):
    code = "bad_request"
    default_message = "Yêu cầu không hợp lệ."


class MissingFile(BadRequest):
    code = "missing_file"
    default_message = "Chưa gửi tệp: hãy gửi tệp trong trường 'file' (multipart/form-data)."


class EmptyFile(InputError):
    code = "empty_file"
    default_message = "Tệp rỗng hoặc không có nội dung văn bản."


class UnsupportedMediaType(InputError):
    code = "unsupported_media_type"
    http_status = 415
    default_message = "Định dạng tệp không được hỗ trợ (chỉ nhận PDF, DOCX, TXT, JPG, PNG, TIFF)."


class CorruptFile(InputError):
    code = "corrupt_file"
    default_message = "Tệp bị hỏng hoặc không đọc được."


class EncryptedPdf(InputError):
    code = "encrypted_pdf"
    default_message = "Tệp PDF được mã hóa hoặc có mật khẩu; hãy gỡ mật khẩu rồi tải lên lại."


class TooLarge(InputError):
    code = "too_large"
    http_status = 413
    default_message = "Tệp quá lớn."


class TooManyPages(InputError):
    code = "too_many_pages"
    http_status = 413
    default_message = "Tệp có quá nhiều trang."


class ImageTooLarge(InputError):
    code = "image_too_large"
    http_status = 413
    default_message = "Ảnh có kích thước (số điểm ảnh) quá lớn."


class UnsafeArchive(InputError):
    code = "unsafe_archive"
    default_message = "Tệp nén không an toàn (đường dẫn lạ, nén lồng nhau hoặc dung lượng giải nén quá lớn)."


class ProcessingError(BienbanError):
    code = "processing_failed"
    http_status = 500
    exit_code = 1
    default_message = "Không xử lý được tệp."


class OcrTimeout(ProcessingError):
    code = "ocr_timeout"
    http_status = 504
    default_message = "Nhận dạng chữ (OCR) quá thời gian cho phép."


class OcrFailed(ProcessingError):
    code = "ocr_failed"
    default_message = "Nhận dạng chữ (OCR) thất bại."


class Unauthorized(BienbanError):
    code = "unauthorized"
    http_status = 401
    exit_code = 2
    default_message = "Cần mã truy cập hợp lệ: gửi tiêu đề 'Authorization: Bearer <mã>'."


class RateLimited(BienbanError):
    code = "rate_limited"
    http_status = 429
    exit_code = 2
    default_message = "Quá nhiều yêu cầu trong một phút; vui lòng thử lại sau."

    def __init__(self, message: str | None = None, *, retry_after: int = 60, detail: str | None = None):
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class NotFound(BienbanError):
    code = "not_found"
    http_status = 404
    exit_code = 2
    default_message = "Không tìm thấy."


class ProcessingTimeout(ProcessingError):
    code = "processing_timeout"
    http_status = 504
    default_message = "Xử lý tệp quá thời gian cho phép."


class MethodNotAllowed(BienbanError):
    code = "method_not_allowed"
    http_status = 405
    exit_code = 2
    default_message = "Phương thức HTTP không được hỗ trợ cho địa chỉ này."


class Conflict(BienbanError):
    code = "conflict"
    http_status = 409
    exit_code = 2
    default_message = "Yêu cầu xung đột với trạng thái hiện tại."


class ServiceUnavailable(BienbanError):
    code = "service_unavailable"
    http_status = 503
    default_message = "Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau."


class InternalError(BienbanError):
    code = "internal_error"
    http_status = 500
    default_message = "Lỗi nội bộ của máy chủ."
