# oracle: seed 279, closed, runs cleanly
import torch

kind_0 = "GRU"
rnn_0 = getattr(torch.nn, kind_0)(4, 2)
out_0 = rnn_0(torch.randn(4, 2, 4))[0]

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.GRU(5, 2, 2, batch_first=False)
last_1_0 = encode_1(enc_1, torch.zeros(4, 3, 5))

rnn_2 = torch.nn.GRU(input_size=6, hidden_size=7, batch_first=True)
x_2 = torch.rand([5, 4, 6])
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(1, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

embed_3 = torch.nn.Embedding(11, 8)
drop_3 = torch.nn.Dropout()
rnn_3 = torch.nn.GRU(8, 5, batch_first=True)
tokens_3 = torch.tensor([[1, 2, 3], [4, 5, 10]])
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)
