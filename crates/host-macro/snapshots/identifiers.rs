// bindgen! error: resource `URL-parser`: resources are not supported by canon-host's bindgen! yet
