trytry::
