# oracle: seed 157, closed, raises RuntimeError at line 10
import torch
from torch import nn

embed_0 = nn.Embedding(29, 5, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.LSTM(4, 4, batch_first=True)
tokens_0 = torch.randint(0, 29, (3, 3))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(4, 29)(out_0)

rnn_1 = nn.RNN(3, 3, 2, dropout=0.1, bidirectional=False)
x_1 = torch.ones(5, 2, 3)
batch_1 = x_1.size(1)
h0_1 = torch.zeros(2, batch_1, 3)
out_1, hn_1 = rnn_1(x_1, h0_1)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.RNN(input_size=3, hidden_size=9, num_layers=1, batch_first=True)
last_2_0 = encode_2(enc_2, torch.rand((2, 1, 3)), batch_first=True)
