# oracle: seed 225, closed, runs cleanly
import torch
import torch.nn as nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(8, 4)
last_0_0 = encode_0(enc_0, torch.zeros(4, 2, 8), h0=torch.zeros([1, 2, 4]))

rnn_1 = nn.GRU(7, 3, 2, batch_first=True, dropout=0.5, bidirectional=False)
x_1 = torch.rand(1, 5, 7)
batch_1 = x_1.size(0)
h0_1 = torch.zeros(2, batch_1, 3)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

embed_2 = nn.Embedding(25, 6)
drop_2 = nn.Dropout()
rnn_2 = nn.LSTM(6, 3, batch_first=True)
tokens_2 = torch.randint(0, 25, (2, 3))
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
scores_2 = nn.Linear(3, 25)(out_2)

embed_3 = nn.Embedding(25, 3)
drop_3 = nn.Dropout(0.3)
rnn_3 = nn.LSTM(3, 5, batch_first=True)
tokens_3 = torch.randint(0, 25, (1, 6))
emb_3 = drop_3(embed_3(tokens_3))
out_3, (h_3, c_3) = rnn_3(emb_3)
scores_3 = nn.Linear(5, 25)(out_3)
