enable_tika   = true
ocr_languages = ["deu", "eng", "fra"]
secret_key    = "changeme-not-real"
