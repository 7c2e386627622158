// bindgen! error: resource `board`: resources are not supported by canon-host's bindgen! yet
