// bindgen! error: resource `session`: resources are not supported by canon-host's bindgen! yet
