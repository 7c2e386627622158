// bindgen! error: resource `file`: resources are not supported by canon-host's bindgen! yet
