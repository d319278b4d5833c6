# oracle: seed 47, closed, runs cleanly
import torch
from torch.nn import RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(7, 6, num_layers=2, batch_first=False, dropout=0.2, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.ones(2, 3, 7), h0=torch.zeros(4, 3, 6))
