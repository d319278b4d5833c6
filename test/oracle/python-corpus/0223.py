# oracle: seed 223, closed, raises RuntimeError at line 24
import torch
from torch import nn
from torch.nn import Linear, RNN

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

rnn_3 = RNN(7, 4, num_layers=2, dropout=0.5)
x_3 = torch.zeros((2, 1, 7))
batch_3 = x_3.shape[0]
h0_3 = torch.zeros(2, batch_3, 4)
out_3, hn_3 = rnn_3(x_3, h0_3)

rnn_4 = RNN(input_size=9, hidden_size=3, num_layers=3)
x_4 = torch.randn(4, 4, 9).float()
hidden_4 = torch.zeros(3, 4, 3)
out_4, h_4 = rnn_4(x_4, hidden_4)
fc_4 = Linear(3, 4)
logits_4 = fc_4(h_4[-1])
