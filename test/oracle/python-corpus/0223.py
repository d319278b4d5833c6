# oracle: seed 223, closed, raises RuntimeError at line 24
import torch
from torch import nn
from torch.nn import RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(input_size=5, hidden_size=4, num_layers=2, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.rand(1, 2, 5), h0=torch.zeros(4, 2, 4))

kind_1 = "LSTM"
rnn_1 = getattr(nn, kind_1)(3, 4)
out_1 = rnn_1(torch.randn(4, 2, 3))[0]

rnn_2 = RNN(7, 9, bidirectional=True)
x_2 = torch.randn(3, 5, 7)
batch_2 = x_2.size()[0]
h0_2 = torch.zeros(2, batch_2, 9)
out_2, hn_2 = rnn_2(x_2, h0_2)
