# oracle: seed 39, open, raises RuntimeError at line 28
import random
import torch
import torch.nn as nn

rnn_0 = nn.GRU(6, 8, 1, True, True)
x_0 = torch.ones(5, 4, 6)
batch_0 = x_0.size(0)
h0_0 = torch.zeros(1, batch_0, 8)
out_0, hn_0 = rnn_0(x_0, h0_0)

y_1 = torch.randn(1, 2, 7)
layers_1 = [nn.RNN(7, 4), nn.RNN(4, 6)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]
z_1 = nn.Linear(6, 3)(y_1)

rnn_2 = nn.RNN(4, 9, 1, True, True, bidirectional=True)
x_2 = torch.rand([4, 2, 4])
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 9)
out_2, hn_2 = rnn_2(x_2, h0_2)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.RNN(6, 9, 2, True, False, bidirectional=True)
last_3_0 = encode_3(enc_3, torch.zeros(3, 2, 6))
last_3_1 = encode_3(enc_3, torch.randn((1, 2, 6)), h0=torch.zeros(5, 2, 9))

lstm_4 = nn.LSTM(5, 4)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 5))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 5))
last_4 = nn.Linear(4, 2)(out_4[-1])
