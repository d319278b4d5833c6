# oracle: seed 187, closed, raises RuntimeError at line 9
import torch.nn

embed_0 = torch.nn.Embedding(12, 6)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.GRU(8, 7, batch_first=True)
tokens_0 = torch.randint(0, 12, (3, 5))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
