# A character-level model stepped one character at a time with a GRUCell, as in PyTorch's
# tutorials; it is correct, and RNN Lens shows the shape of every state on hover.
import torch
import torch.nn as nn

N_LETTERS, N_HIDDEN, N_CLASSES = 57, 128, 18


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell = nn.GRUCell(input_size, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def init_hidden(self, batch):
        return torch.zeros(batch, self.hidden_size)

    def forward(self, line):
        hidden = self.init_hidden(line.size(1))
        for t in range(line.size(0)):
            hidden = self.cell(line[t], hidden)
        return self.out(hidden)


model = CharRNN(N_LETTERS, N_HIDDEN, N_CLASSES)
letters = torch.zeros(6, 4, N_LETTERS)
scores = model(letters)
print(scores.shape)

# One step of a cell on its own, as the tutorial does first (Run Cell runs it on sample input).
step = nn.GRUCell(N_LETTERS, N_HIDDEN)
h = step(letters[0])
