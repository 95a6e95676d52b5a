/** Image credits and photo captions' credit lines. */
import { entries } from './types.js'

export const imageCredit = [
  ...entries('image-credit', 'any', 3, [
    'getty images', 'shutterstock', 'istock', 'istockphoto', 'alamy', 'ap photo', 'ap images',
    'afp via getty', 'via getty images', 'afp/getty', 'pa images', 'pa wire', 'pa media',
    'epa-efe', 'epa', 'image credit', 'image credits', 'image source', 'image caption', 'photo credit',
    'photo by', 'photograph by', 'photograph:', 'photo:', 'photos:', 'image:', 'credit:', 'illustration by',
    'illustration:', 'file photo', 'handout', 'courtesy of', 'bloomberg via getty', 'nurphoto',
    'sopa images', 'anadolu agency', 'xinhua', 'zuma press', 'rex features', 'unsplash', 'pexels',
    'wikimedia commons', 'creative commons', 'hide caption', 'toggle caption', 'enlarge this image',
    'expand image', 'view image in fullscreen', 'click to enlarge', 'open image in gallery',
  ]),
]
