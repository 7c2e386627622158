// bindgen! error: resource `blob`: resources are not supported by canon-host's bindgen! yet
