# oracle: seed 17, closed, raises IndexError at line 20
import torch
import torch.nn as nn
from torch.nn import GRU, RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(input_size=8, hidden_size=2)
last_0_0 = encode_0(enc_0, torch.ones([2, 1, 8]))
last_0_1 = encode_0(enc_0, torch.randn(2, 2, 8), h0=torch.zeros(1, 2, 2))

rnn_1 = RNN(input_size=2, hidden_size=8, num_layers=3, batch_first=True, bidirectional=True)
x_1 = torch.zeros(1, 5, 2)
out_1, _ = rnn_1(x_1)
both_1 = torch.cat((out_1[-1:][-2], out_1[-1:][-1]), dim=1)
fc_1 = nn.Linear(16, 2)
logits_1 = fc_1(both_1)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = RNN(8, 6, batch_first=False, bidirectional=False)
last_2_0 = encode_2(enc_2, torch.zeros(4, 3, 8))
last_2_1 = encode_2(enc_2, torch.randn([3, 2, 16]), h0=torch.zeros([1, 2, 6]))
