"""Imported once by an audit's forkserver before it starts any worker (:func:`beianrules.auditing._pool`), never by
other code.

What every worker would load for itself on its first check is loaded here once, in the server, and the workers
forked from it share those pages (copy on write) instead of each holding a copy: mostly phonenumbers' geocoder
data, about 100 MB for every region and language, which placing a phone loads whole. ``gc.freeze`` then keeps the
workers' garbage collector from walking these objects, which would copy the pages it touches.
"""

import gc

import beianrules.auditing  # noqa: F401  (the workers' code)
from beianrules.reference.domains import domain_key
from beianrules.regions import phone_region

phone_region("13812345678")  # the geocoder's data
domain_key("www.example.com.cn")  # the public suffix list
gc.freeze()
