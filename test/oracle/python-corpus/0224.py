# oracle: seed 224, open, runs cleanly
import random
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=6, hidden_size=5)
h_0 = torch.zeros(2, 5)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1

lstm_1 = nn.LSTM(2, 3)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 2))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = nn.Linear(3, 2)(out_1[-1])

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.GRU(8, 8, 2, dropout=0.5)
last_2_0 = encode_2(enc_2, torch.zeros((3, 3, 8)))
last_2_1 = encode_2(enc_2, torch.randn((2, 2, 8)))

rnn_3 = nn.GRU(6, 8)
x_3 = torch.randn([3, 3, 6])
batch_3 = x_3.size(1)
h0_3 = torch.zeros(1, batch_3, 8)
out_3, hn_3 = rnn_3(x_3, h0_3)
