# oracle: seed 74, closed, raises ValueError at line 9
import torch
import torch.nn as nn

kind_0 = "GRU"
rnn_0 = getattr(nn, kind_0)(5, 5)
out_0 = rnn_0(torch.randn(4, 2, 5))[0]

layer_1 = nn.LSTM(7, 8, num_layers=2, dropout=-0.1)
y_1, _ = layer_1(torch.randn(3, 2, 7))

rnn_2 = nn.GRU(4, 5, num_layers=3, dropout=0.1, bidirectional=False)
x_2 = torch.randn(4, 4)
hx_2 = torch.zeros(3, 5)
out_2, _ = rnn_2(x_2, hx_2)

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.GRU(4, 6, 2, dropout=0.1)
last_3_0 = encode_3(enc_3, torch.rand(2, 3, 4), h0=torch.zeros([2, 3, 6]))

embed_4 = nn.Embedding(28, 5)
drop_4 = nn.Dropout()
rnn_4 = nn.GRU(5, 8, batch_first=True)
tokens_4 = torch.tensor([[1, 2, 3], [4, 5, 27]])
emb_4 = drop_4(embed_4(tokens_4))
out_4, h_4 = rnn_4(emb_4)
