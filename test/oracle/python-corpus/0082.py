# oracle: seed 82, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN, RNNCell

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(input_size=4, hidden_size=6, num_layers=3, batch_first=True)
last_0_0 = encode_0(enc_0, torch.randn(2, 4, 4), batch_first=True)
last_0_1 = encode_0(enc_0, torch.ones(3, 2, 4), h0=torch.zeros((3, 3, 6)), batch_first=True)

embed_1 = nn.Embedding(14, 6)
drop_1 = nn.Dropout(0.3)
rnn_1 = GRU(6, 4, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 13]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)

cell_2 = RNNCell(5, 3)
xs_2 = torch.randn(1, 4, 5)
h_2 = torch.zeros(4, 3)
outputs_2 = []
for t in range(len(xs_2)):
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2, dim=0)

lstm_3 = LSTM(3, 8)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 3))
last_3 = nn.Linear(8, 2)(out_3[-1])

lstm_4 = LSTM(3, 2, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(3, 2, 3))
r_4_0 = out_4.shape[0]
r_4_1 = out_4.shape[0]
r_4_2 = torch.split(out_4, 2, dim=2)[0]
r_4_3 = out_4[..., :2]
