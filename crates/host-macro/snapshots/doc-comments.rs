// bindgen! error: resource `cursor`: resources are not supported by canon-host's bindgen! yet
