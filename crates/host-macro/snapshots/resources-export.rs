// bindgen! error: resource `bucket`: resources are not supported by canon-host's bindgen! yet
