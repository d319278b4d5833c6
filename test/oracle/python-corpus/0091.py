# oracle: seed 91, closed, raises RuntimeError at line 17
import torch
from torch.nn import GRU

def build_0():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(4, 3)

fake_0 = build_0()
y_0, _ = fake_0(torch.randn(2, 3, 9), torch.zeros(9, 9))

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = GRU(4, 5, 3, False, True, bidirectional=False)
last_1_0 = encode_1(enc_1, torch.zeros([3, 2, 5]), batch_first=True)
last_1_1 = encode_1(enc_1, torch.ones(1, 4, 4), batch_first=True)
