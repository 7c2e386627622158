// bindgen! error: resource `thing`: resources are not supported by canon-host's bindgen! yet
