# oracle: seed 300, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, RNN

embed_0 = nn.Embedding(22, 3)
drop_0 = nn.Dropout()
rnn_0 = GRU(3, 8, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

rnn_1 = GRU(4, 5, 1, True, False)
x_1 = torch.zeros((2, 2, 4))
hidden_1 = torch.zeros(1, 2, 5)
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(0) * out_1.dim()

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = RNN(4, 5, batch_first=False)
last_2_0 = encode_2(enc_2, torch.rand(4, 3, 4))
last_2_1 = encode_2(enc_2, torch.randn([3, 3, 4]))
