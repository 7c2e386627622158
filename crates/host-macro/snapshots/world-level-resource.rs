// bindgen! error: resource `conn`: resources are not supported by canon-host's bindgen! yet
