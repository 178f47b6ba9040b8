"""Every error bienban reports to a user, in one tree.

Each class carries a stable ``code`` (read by scripts and the API), the HTTP
status the service answers with, and a Vietnamese message for people::

    BienbanError
    ├── InputError (400-class: the user's file or request is at fault; CLI exit 2)
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
    │   └── OcrFailed                 ocr_failed
    └── NotFound                      not_found (404)

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


class NotFound(BienbanError):
    code = "not_found"
    http_status = 404
    exit_code = 2
    default_message = "Không tìm thấy."
