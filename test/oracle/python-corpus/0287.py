# oracle: seed 287, closed, runs cleanly
import torch
from torch.nn import GRU, Linear, Module, RNN

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_0 = Model_0(6, 2, num_layers=2)
logits_0 = model_0.forward(torch.randn([4, 1, 6])).detach()

def build_1():
    class nn:
        @staticmethod
        def GRU(*args, **kwargs):
            return lambda x, h=None: (x, h)
    return nn.GRU(3, 3)

fake_1 = build_1()
y_1, _ = fake_1(torch.randn(2, 3, 8), torch.zeros(9, 9))

rnn_2 = GRU(4, 5, batch_first=True)
x_2 = torch.randn(1, 6, 4)
lengths_2 = torch.tensor([6])
packed_2 = torch.nn.utils.rnn.pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_2, batch_first=True)
